"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartRow {
  name: string;
  values: Record<string, number>;
}

/** About the width of a character of the axis's 12px text, to tell whether the names fit. */
const CHAR_PX = 7;
/** The room the bars leave across the chart: the value axis (Recharts' 60 px) and the margins. */
const CHART_CHROME_PX = 60 + 8 + 16;
/** The angle of names that do not fit the room their bars have. */
const SLANT_DEGREES = -35;
/** The height a name so slanted takes, per pixel of its length (sin 35° ≈ 0.57, rounded up). */
const SLANT_HEIGHT = 0.6;

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
  const [width, setWidth] = useState<number | null>(null);
  const data = rows.map((row) => ({ name: row.name, ...row.values }));
  const height = horizontal ? Math.max(160, 48 * rows.length + 80) : 280;
  // Names too long for the room their bars have (a phone: four countries, five age bands) are
  // slanted, every one of them: Recharts would otherwise drop those that overlap.
  const longest = Math.max(0, ...rows.map((row) => row.name.length)) * CHAR_PX;
  const slanted = width !== null && longest > (width - CHART_CHROME_PX) / Math.max(1, rows.length);
  // What the slanted names need below the bars, which the chart grows by.
  const slantRoom = slanted ? Math.ceil(longest * SLANT_HEIGHT) : 0;
  return (
    <div className="db-chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height + slantRoom} onResize={(w) => setWidth(w)}>
        <BarChart data={data} layout={horizontal ? "vertical" : "horizontal"} accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="name" width={110} interval={0} />
            </>
          ) : (
            <>
              <XAxis
                dataKey="name"
                interval={0}
                height={slanted ? slantRoom + 16 : 30}
                tick={slanted ? { angle: SLANT_DEGREES, textAnchor: "end", verticalAnchor: "start", fontSize: 12 } : { fontSize: 12 }}
              />
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
