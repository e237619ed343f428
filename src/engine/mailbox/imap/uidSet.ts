/** UIDs as an IMAP sequence set, runs folded into ranges: [1, 2, 3, 7, 9, 10] → "1:3,7,9:10". */
export function uidSet(uids: number[]): string {
  const sorted = [...new Set(uids)].filter((uid) => Number.isInteger(uid) && uid > 0)
  sorted.sort((a, b) => a - b)
  const runs: [number, number][] = []
  for (const uid of sorted) {
    const last = runs.at(-1)
    if (last && uid === last[1] + 1) last[1] = uid
    else runs.push([uid, uid])
  }
  return runs.map(([start, end]) => (start === end ? `${start}` : `${start}:${end}`)).join(',')
}
