/** The bare reference worker of bench/pool-startup.ts: answers every task at once, imports nothing. */
export default function answer(): null {
  return null;
}
