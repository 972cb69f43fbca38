import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SendConfig } from '../client/config.js';
import { prepareFormat, send, type Format } from '../client/formats.js';
import { messageFrom } from '../client/response.js';
import type { Payload } from '../client/encode.js';
import type { Region } from '../content/types.js';
import type { SymptomLists } from '../i18n/symptoms.js';
import type {
  CheckStatus,
  ErrorDetail,
  StepDetail,
  SubmitDetail,
  SuccessDetail,
} from './events.js';
import { controlId } from './fields.js';
import { failureKey, sortFieldErrors, type FailureKey } from './outcome.js';
import { buildPayload } from './payload.js';
import type { CheckActions } from './render.js';
import { validate, type Errors } from './validation.js';
import { emptyValues, STEPS, stepOf, type CheckValues } from './values.js';

/** The form's state: what the patient entered and where the form stands. */
export interface CheckState {
  values: CheckValues;
  errors: Errors;
  step: number;
  status: CheckStatus;
  /** Which failure message to show. */
  failure: FailureKey | '';
  /** The page's or the server's thank-you words; empty for the form's own. */
  successText: string;
  /** Counts blocked steps and failed sends: each one's alert is drawn anew, so it is announced. */
  tries: number;
  /** The honeypot: people never see it; bots fill it. */
  trap: string;
  /** A region's list of the page's own items, from a selectable list that uses them. */
  pageLists: Partial<Record<Region, { items: readonly string[]; lang: string }>>;
  /**
   * Why nothing can be sent: a refused endpoint (not a missing one, which a host that cancels
   * the submit event may want) or format, worked out when they change, not on every render.
   */
  problem: string | null;
}

/** The element the flow belongs to. */
export type FlowHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the flow needs of its element besides drawing: its attributes, events and console. */
export interface FlowHooks {
  /** Every question at once (`layout="single"`)? */
  single(): boolean;
  /** What goes into the payload besides the values. */
  payloadContext(): {
    consentText: string;
    /** The automated calls and texts box's words; none with one box (`consent="single"`). */
    automatedText?: string;
    lang: string;
    lists: SymptomLists;
  };
  /** The page's own thank-you words. */
  successMessage(): string;
  /** The page to open after a send: the page's, else the service's (`next`), if safe. */
  redirectTo(next: string | undefined): string | null;
  emit<T>(name: string, detail: T, cancelable?: boolean): boolean;
  /** Tells the console, once per text. */
  tell(key: string, level: 'warn' | 'error', text: string): void;
  /** Tells the console, once, that nothing will be sent to the endpoint. */
  refuseEndpoint(reason: string): void;
  /** Why `url` is no longer where the endpoint leads (a `<base>` added since), or null. */
  endpointMoved(url: URL): string | null;
}

/**
 * The form's steps, errors and sending, on the state it holds (a Lit reactive controller): the
 * element reads its attributes into a config and draws the state; this moves it on.
 */
export class CheckFlow implements ReactiveController {
  state: CheckState = {
    values: emptyValues(),
    errors: {},
    step: 0,
    status: 'editing',
    failure: '',
    successText: '',
    tries: 0,
    trap: '',
    pageLists: {},
    problem: null,
  };
  /** What sending needs, read from the attributes when they change (see readConfig()). */
  private _config!: SendConfig;
  /** The config's format, on its way; undefined for `plain` without `field-names`. */
  private _format: Promise<Format> | undefined;
  /** The step last announced with `pinched-nerve-step`, as "step/of". */
  private _announcedStep = '';
  /** Whether the patient has answered or pressed Continue: only then are steps announced. */
  private _begun = false;

  constructor(
    private readonly _host: FlowHost,
    private readonly _on: FlowHooks,
  ) {
    _host.addController(this);
  }

  /** Changes the state and draws it. */
  set(patch: Partial<CheckState>): void {
    this.state = { ...this.state, ...patch };
    this._host.requestUpdate();
  }

  /**
   * Takes a new config: the format's code (for `plain`, only to rename keys) starts loading,
   * and what it finds wrong stops the form, as a refused endpoint does.
   */
  configure(config: SendConfig): void {
    this._config = config;
    this.set({ problem: config.problem });
    const loading = (this._format = prepareFormat(config)?.then((format) => {
      for (const { level, text } of format.notes) this._on.tell('config', level, text);
      if (format.error && this._format === loading)
        this.set({ problem: this.state.problem || format.error });
      return format;
    }));
  }

  /** The patient's first answer or Continue: step 1 is announced now, not when the page loads. */
  private _begin() {
    this._begun = true;
    this.hostUpdated();
  }

  /** Announces each step as it is first shown, however it was reached (Continue, Back, an error). */
  hostUpdated(): void {
    const { status, step } = this.state;
    if (status === 'success' || !this._begun) return;
    const single = this._on.single();
    const detail: StepDetail = { step: single ? 1 : step + 1, of: single ? 1 : STEPS.length };
    const key = `${detail.step}/${detail.of}`;
    if (key === this._announcedStep) return;
    this._announcedStep = key;
    // In a task of its own, so an analytics listener never lengthens the widgets' first render.
    setTimeout(() => this._on.emit<StepDetail>('pinched-nerve-step', detail));
  }

  /** Focuses what `selector` finds, once the change just made is drawn. */
  private async _focusDrawn(selector: string) {
    await this._host.updateComplete;
    this._host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private _showStep(step: number) {
    this.set({ step });
    return this._focusDrawn('#step-title');
  }

  private _showErrors(errors: Errors, step = this.state.step) {
    const tries = this.state.tries + 1;
    this.set({ errors, failure: '', status: 'editing', tries, step });
    return this._focusDrawn('.error-summary');
  }

  /** Continue on steps 1 and 2; send on the last (or at once: Try again). */
  private async _submit(sendNow = false): Promise<void> {
    const { status, step, values } = this.state;
    if (status === 'sending') return;
    this._begin();
    // Retry sends from whichever step is shown, after the same check of every answer.
    const single = this._on.single();
    const isLast = sendNow || single || step === STEPS.length - 1;
    const errors = validate(values, isLast ? STEPS.flat() : STEPS[step]!);
    // The errors come in field order: the first one's step is shown.
    const first = Object.keys(errors)[0];
    if (first) return this._showErrors(errors, single ? step : stepOf(first));
    this.set({ errors: {} });
    if (!isLast) return this._showStep(step + 1);
    return this._send();
  }

  private async _send(): Promise<void> {
    const host = this._host;
    const on = this._on;
    if (this.state.trap) return this._succeed(on.successMessage());
    const config = this._config;
    const payload = buildPayload(this.state.values, {
      hiddenFields: config.hiddenFields,
      ...on.payloadContext(),
      location: window.location,
    });
    if (!on.emit<SubmitDetail>('pinched-nerve-submit', { payload }, true)) return;
    const { url } = config;
    if (!url) {
      const reason = config.problem ?? 'no endpoint is set';
      on.refuseEndpoint(reason);
      return this._fail('notConfigured', { payload, status: 0, message: reason });
    }
    // A script may have pointed the page's <base> at another site since the form drew.
    const moved = on.endpointMoved(url);
    if (moved) {
      on.refuseEndpoint(moved);
      return this._fail('notConfigured', { payload, status: 0, message: moved });
    }
    this.set({ status: 'sending' });
    // `timeout` bounds the whole send: a format's code that never arrives times out as well.
    const started = Date.now();
    let timer = 0;
    const format = await Promise.race([
      this._format,
      new Promise<'late'>(
        (done) => (timer = window.setTimeout(done, config.timeout * 1000, 'late')),
      ),
    ]);
    clearTimeout(timer);
    if (format === 'late') {
      const message = `No answer within ${config.timeout} seconds (the format's code did not load)`;
      return this._fail('timeout', { payload, status: 0, message });
    }
    const { problem } = this.state;
    if (problem) return this._fail('notConfigured', { payload, status: 0, message: problem });
    const left = Math.max(0.001, config.timeout - (Date.now() - started) / 1000);
    const result = await send(payload, { ...config, url, timeout: left }, format);
    // A form the page removed while it was sending (a route change) must not pull the patient
    // back off the page they moved to; one the page hides in its own success handler still may.
    const onPage = host.isConnected;
    if (result.ok) {
      on.emit<SuccessDetail>('pinched-nerve-success', {
        payload,
        status: result.status,
        response: result.response,
      });
      await this._succeed(
        on.successMessage() || result.thanks || messageFrom(result.response) || '',
      );
      const redirect = on.redirectTo(result.next);
      if (redirect && onPage) window.location.assign(redirect);
      return;
    }
    this._error(payload, result.status, result.message);
    const { errors, unknown, step } = sortFieldErrors(result.fieldErrors);
    // Errors on keys the form lacks: the patient cannot fix them, so only the developer is told,
    // by key. Not the server's words, which may repeat what the patient typed (error trackers
    // collect console errors); those are in the response, in the browser's network panel.
    if (unknown.length)
      console.error(
        `<${host.localName}>: the server refused the answers for fields the form lacks (${unknown
          .map(({ field }) =>
            field[0] == '#'
              ? '(no field)'
              : /^[a-z_][\w.-]{0,39}$/i.test(field)
                ? field
                : '(a key)',
          )
          .join(
            ', ',
          )}); the patient was told it could not accept them. See its answer in the network panel.`,
      );
    if (step !== null) return this._showErrors(errors, on.single() ? this.state.step : step);
    return this._fail(failureKey(result));
  }

  private _error(payload: Payload, status: number, message: string) {
    this._on.emit<ErrorDetail>('pinched-nerve-error', { payload, status, message });
  }

  private _fail(failure: FailureKey, event?: ErrorDetail) {
    if (event) this._error(event.payload, event.status, event.message);
    this.set({ failure, status: 'failed', tries: this.state.tries + 1 });
    return this._focusDrawn('#status');
  }

  private _succeed(successText: string) {
    // The thank-you is shorter than the questions: the box keeps the height it has, so the page
    // below does not move (a shift Google counts in CLS), and the thank-you fills it.
    const host = this._host;
    host.style.minHeight = `${host.getBoundingClientRect().height}px`;
    this.set({ successText, status: 'success' });
    return this._focusDrawn('#status');
  }

  /** Focuses a field from the error summary, switching to its step when needed. */
  private async _focusField(field: string): Promise<void> {
    const step = stepOf(field);
    if (!this._on.single() && step >= 0) this.set({ step });
    await this._host.updateComplete;
    const control = this._host.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`);
    control?.closest('.form-group')?.scrollIntoView({ block: 'start' });
    control?.focus();
  }

  /** What the view's controls do: made once, so the drawn listeners stay the same. */
  readonly actions: CheckActions = {
    set: (patch) => this.set({ values: { ...this.state.values, ...patch } }),
    submit: (event) => {
      event.preventDefault();
      void this._submit();
    },
    begin: () => this._begin(),
    back: () => {
      if (this.state.step > 0) void this._showStep(this.state.step - 1);
    },
    retry: () => void this._submit(true),
    focusField: (field) => void this._focusField(field),
    setTrap: (trap) => this.set({ trap }),
  };
}
