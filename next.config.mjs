/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Parallel builds in one working tree (several people or agents) each use their own NEXT_DIST_DIR.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  trailingSlash: true,
  images: { unoptimized: true },
  // mdx-bundler compiles lessons on the server at build time; keep it (and esbuild) out of bundles.
  serverExternalPackages: ['mdx-bundler', 'esbuild'],
  poweredByHeader: false,
  productionBrowserSourceMaps: process.env.SOURCE_MAPS === '1',
  // `npm test` type-checks the whole repo with tsc before building; don't do it twice.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
