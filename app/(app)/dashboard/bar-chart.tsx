"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis, type XAxisTickContentProps, type YAxisTickContentProps } from "recharts";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartRow {
  name: string;
  values: Record<string, number>;
}

/**
 * A category's name, wrapped to the room its bars have (the axis's width shared among the
 * categories; a vertical axis's own width). Recharts' own ticks drop the names that do not fit
 * on one line: on a phone, two countries of four, three age bands of five went unnamed.
 */
function WrappedTick({ x, y, width, visibleTicksCount, textAnchor, verticalAnchor, fill, payload, vertical }: (XAxisTickContentProps | YAxisTickContentProps) & { vertical: boolean }) {
  const axisWidth = Number(width) || 0;
  const room = vertical ? axisWidth - 8 : axisWidth / Math.max(1, visibleTicksCount) - 4;
  return (
    <Text x={x} y={y} width={Math.max(32, room)} textAnchor={textAnchor} verticalAnchor={verticalAnchor} fill={fill} fontSize={12}>
      {String(payload.value)}
    </Text>
  );
}

/**
 * A bar chart (grouped, or stacked) of figures that a table beside it also gives: the
 * table is the text alternative, so the chart is one image with a label saying so, and
 * keyboard focus stays on the table's links.
 */
export function DashboardBarChart({
  rows,
  series,
  label,
  stacked = false,
  horizontal = false,
}: {
  rows: ChartRow[];
  series: ChartSeries[];
  label: string;
  stacked?: boolean;
  horizontal?: boolean;
}) {
  const data = rows.map((row) => ({ name: row.name, ...row.values }));
  const height = horizontal ? Math.max(160, 48 * rows.length + 80) : 280;
  return (
    <div className="db-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={120} interval={0} tick={(props: YAxisTickContentProps) => <WrappedTick {...props} vertical />} />
            </>
          ) : (
            <>
              <XAxis dataKey="name" interval={0} height={44} tick={(props: XAxisTickContentProps) => <WrappedTick {...props} vertical={false} />} />
              <YAxis allowDecimals={false} />
            </>
          )}
          <Tooltip />
          {/* In the order of the series (the lifecycle), not alphabetically. */}
          <Legend itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "all" : undefined} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
