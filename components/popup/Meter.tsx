/**
 * A budget as a bar that reads without colour: the figures are written out next to it, the bar is a native
 * `<meter>` with its value and limit for assistive technology, and going over is said in words (and hatched).
 */
export function Meter({
  name,
  label,
  value,
  max,
  text,
}: {
  /** Short visible name: "Time", "Videos". */
  name: string;
  /** Accessible name of the bar: "TikTok: time today". */
  label: string;
  value: number;
  /** The budget; null draws no bar (there is nothing to measure against). */
  max: number | null;
  /** The figures in words: "12 min of 30 min, 18 min left". */
  text: string;
}) {
  const over = max !== null && value > max;
  return (
    <div class={`mf-meter${over ? ' mf-meter--over' : ''}`}>
      <div class="mf-meter-head">
        <span class="mf-meter-name">{name}</span>
        <span class="mf-meter-text">{text}</span>
      </div>
      {max !== null && (
        <meter
          class="mf-meter-bar"
          aria-label={label}
          aria-valuetext={text}
          min={0}
          max={max}
          // Past the budget the bar is simply full; the words say how far over.
          value={Math.round(Math.min(value, max) * 10) / 10}
        />
      )}
    </div>
  );
}
