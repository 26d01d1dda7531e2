import { expect, test } from '@playwright/test';

test('the cheat sheet has all ten comparisons and prints on one sheet (two A4 pages)', async ({ page }) => {
  await page.goto('/cheatsheet/');
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([
    /ECS vs EKS vs App Runner/,
    /EC2 vs Fargate/,
    /ALB vs NLB vs CLB/,
    /Deployment strategies/,
    /Service-to-service networking/,
    /Instance profile vs task role vs task execution role/,
    /Task definition limits and defaults/,
    /EBS vs EFS vs FSx/,
    /Target tracking vs step vs scheduled/,
    /ECR vs Docker Hub/,
  ]);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(2);
});
