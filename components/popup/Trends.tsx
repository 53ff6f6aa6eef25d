import { useState } from 'preact/hooks';
import type { Baseline, Trends as TrendFigures } from '@/lib/dashboard/queries';
import { useFormat } from './format';
import { HourPattern } from './HourPattern';
import { strings } from './strings';
import { type Measure, TrendChart } from './TrendChart';

function Choice<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="mf-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input type="radio" name={name} checked={option.value === value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function BaselineChange({ baseline }: { baseline: Baseline }) {
  const format = useFormat();
  return (
    <div class="mf-baseline">
      <h3>{strings.baseline}</h3>
      {baseline.status === 'ready' ? (
        <>
          <p class="mf-figure">{strings.baselineChange(format.percent(baseline.change, true))}</p>
          <p class="mf-muted">
            {strings.baselineDetail(
              format.duration(baseline.lastWeekDailyMs),
              format.duration(baseline.firstWeekDailyMs),
            )}
          </p>
        </>
      ) : (
        <p class="mf-muted">{strings.baselineNotEnough}</p>
      )}
    </div>
  );
}

export function Trends({ trends }: { trends: TrendFigures }) {
  const format = useFormat();
  const [period, setPeriod] = useState<7 | 30>(7);
  const [measure, setMeasure] = useState<Measure>('time');
  return (
    <section class="mf-section" aria-labelledby="mf-trends">
      <h2 id="mf-trends">{strings.trends}</h2>
      <div class="mf-choices">
        <Choice
          legend={strings.period}
          name="mf-period"
          value={period}
          onChange={setPeriod}
          options={[7, 30].map((days) => ({ value: days as 7 | 30, label: strings.periodDays(format.count(days)) }))}
        />
        <Choice
          legend={strings.measure}
          name="mf-measure"
          value={measure}
          onChange={setMeasure}
          options={[
            { value: 'time', label: strings.measureTime },
            { value: 'videos', label: strings.measureVideos },
          ]}
        />
      </div>
      <TrendChart days={trends.days.slice(-period)} measure={measure} />
      <BaselineChange baseline={trends.baseline} />
      <h3>{strings.hours}</h3>
      <HourPattern hours={trends.hours} />
    </section>
  );
}
