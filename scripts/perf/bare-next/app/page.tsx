/** The baseline the performance budgets compare against (scripts/perf/budgets.mjs): a page with nothing on it. */
export default function Page() {
  return (
    <main>
      <h1>Bare Next page</h1>
      <p>The performance budgets measure Stevedore against this page, built and served the same way.</p>
    </main>
  );
}
