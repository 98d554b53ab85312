/**
 * A module resolve hook for `register()` from node:module that refuses chart.js, chartjs-node-canvas
 * and canvas: a process that registers it fails on the first import that would load the chart
 * renderer, and the error names the module that asked for it.
 */

/** A resolved URL inside one of the chart packages (any nesting of node_modules). */
export const CHART_PACKAGE = /[\\/]node_modules[\\/](?:chart\.js|chartjs-node-canvas|canvas)[\\/]/;

interface ResolveContext {
  parentURL?: string;
}

/** The resolve hook: resolves as usual, then throws when the result is a chart package. */
export async function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: (specifier: string, context: ResolveContext) => Promise<{ url: string }>,
): Promise<{ url: string }> {
  const resolved = await nextResolve(specifier, context);
  if (CHART_PACKAGE.test(resolved.url)) {
    throw new Error(`chart renderer loaded: '${specifier}' imported from ${context.parentURL ?? '(entry)'}`);
  }
  return resolved;
}
