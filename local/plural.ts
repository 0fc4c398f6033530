// Counts in the words a person reads: "1 source", "2 sources", "1 copy", "2 copies".
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
