// A row of colour swatches for a chart's series; the charts draw no built-in legend so the
// key sits with the title and reads the same in every chart.
export function ChartLegend({ items }: { items: readonly { label: string; color: string; dashed?: boolean }[] }) {
  return (
    <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
      {items.map((item) => (
        <span key={item.label} className="inline-flex items-center gap-1">
          {item.dashed ? (
            <span aria-hidden className="w-3 border-t-2 border-dashed" style={{ borderColor: item.color }} />
          ) : (
            <span aria-hidden className="size-2 rounded-sm" style={{ backgroundColor: item.color }} />
          )}
          {item.label}
        </span>
      ))}
    </span>
  );
}

export function ChartTooltipBox({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-md border border-border bg-panel px-3 py-2 text-xs text-fg shadow-lg shadow-black/20">
      <p className="mb-1 font-medium">{title}</p>
      {children}
    </div>
  );
}
