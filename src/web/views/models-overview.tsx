import type { ModelState, ModelsOverview } from '../../model-files/models-overview.models.js';
import { cliPrefix } from '../../model-files/models-overview.models.js';
import type { ActiveSession } from '../../sessions/sessions.usecases.js';
import { Notice, SetupSteps } from './components.js';
import { Layout } from './layout.js';
import { Time } from './time.js';

const stateLabels: Record<ModelState, { text: string; tone: 'ok' | 'warn' | 'bad' }> = {
  installed: { text: 'installed, verified', tone: 'ok' },
  shipped: { text: 'shipped, always present', tone: 'ok' },
  missing: { text: 'missing', tone: 'warn' },
  corrupt: { text: 'does not match its sha256', tone: 'bad' },
  not_needed: { text: 'not needed', tone: 'ok' },
};

/** A command to type on the appliance, with a copy button when the browser allows it. */
function Command(props: { text: string }) {
  return (
    <pre class="command">
      <code data-copy>{props.text}</code>
    </pre>
  );
}

/** The stored bench-llm result in words, or how to measure (the bench never runs inside a request). */
function BenchResult(props: { bench: ModelsOverview['bench'] }) {
  const { bench } = props;
  if (!bench) return null;
  const command = <Command text={`${cliPrefix} bench-llm`} />;
  if (bench.state === 'not_measured')
    return (
      <div id="bench">
        <p>Not measured yet. Run this on the appliance while it is idle (it takes a few minutes):</p>
        {command}
        <p class="hint">The result is stored and shown here after a reload.</p>
      </div>
    );
  return (
    <div id="bench">
      <p class="bench-sentence">{bench.summary.sentence}</p>
      {bench.summary.advice && <p>{bench.summary.advice}</p>}
      <p class="hint">
        Measured <Time at={Date.parse(bench.measuredAt)} /> with <code>bench-llm</code>; a typical reply is a
        1,500-token prompt and a 300-token answer. Measure again after changing the model or the machine:
      </p>
      {command}
    </div>
  );
}

/** What is installed and what is missing, with the exact command; shared by the wizard and Settings. */
export function ModelsOverviewSection(props: { overview: ModelsOverview; headingLevel?: 2 | 3 }) {
  const { overview } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div class="models-overview">
      <ul class="features" aria-label="Models">
        {overview.lines.map((l) => (
          <li>
            <strong>{l.name}</strong>
            <span class={`badge ${stateLabels[l.state].tone}`}>{stateLabels[l.state].text}</span>
            <span class="detail">{l.detail}</span>
          </li>
        ))}
      </ul>
      {overview.fetch ? (
        <>
          <H>Install what is missing</H>
          <p>On the appliance, with internet access to the model hub:</p>
          <Command text={overview.fetch.online} />
          <p>
            Air-gapped: copy the pinned files onto the appliance as{' '}
            <code>&lt;folder&gt;/&lt;repository&gt;/&lt;file&gt;</code> and install them from there:
          </p>
          <Command text={overview.fetch.fromDir} />
          <p class="hint">
            Each file is checked against its pinned sha256 (README, "Models"). In Docker run the same
            arguments as <code>docker exec veildraft node dist/src/main.js models fetch …</code>. Restart the
            appliance afterwards to use the models.
          </p>
        </>
      ) : (
        <p>Every configured model is in place.</p>
      )}
      {overview.bench && (
        <>
          <H>Speed on this machine</H>
          <BenchResult bench={overview.bench} />
        </>
      )}
    </div>
  );
}

/** The wizard's last step: the models, after the first mailbox. */
export function ModelsStepPage(props: { csrf: string; active: ActiveSession; overview: ModelsOverview }) {
  const missing = props.overview.lines.some((l) => l.state === 'missing' || l.state === 'corrupt');
  return (
    <Layout title="Models" active={props.active} csrf={props.csrf}>
      <SetupSteps current={4} />
      {missing && (
        <Notice>
          <p>
            Veildraft works without the missing models: it syncs, learns and anonymizes. Drafting and search
            by meaning start once their model is installed.
          </p>
        </Notice>
      )}
      <section aria-labelledby="h-models" class="card">
        <h2 id="h-models">Models on this appliance</h2>
        <ModelsOverviewSection overview={props.overview} headingLevel={3} />
      </section>
      <p>
        <a class="button" href="/">
          Open the dashboard
        </a>
      </p>
    </Layout>
  );
}
