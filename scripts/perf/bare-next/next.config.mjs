import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The bare Next page the performance budgets compare against, exported the way the site is
 * (static export, trailing slashes) with the repository's own next and react.
 */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  distDir: process.env.BARE_DIST_DIR ?? '.next',
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: path.resolve(here, '../../..') },
};

export default nextConfig;
