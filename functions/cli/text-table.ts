// A plain-text table: columns padded to their widest cell, two spaces apart. Good in a terminal, a pipe and a
// log alike; empty cells are shown as "-" so columns stay readable to `awk`.

export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => cell || '-'))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return `${cells.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')}\n`;
}
