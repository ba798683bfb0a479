var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { localized, msg, str } from '@lit/localize';
import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { causes, educationalNote, emergencyLine, evaluationHeading } from '../../content/article.js';
import { causeReasons, emergencyNote, evaluationChecklistLead, EVALUATION_CRITERION_IDS, evaluationCriterionLabels, evaluationVerdict, questionOf, resultCallText, resultLead, resultOrderNote, selfCheckQuestions, selfCheckTitle, } from '../../content/self-check.js';
import { evidenceFor, isAnswerId, scoreAnswers } from '../../content/self-check-scoring.js';
import { causeIcons } from '../../content/cause-icons.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { maskFromSessionReplay } from '../../internal/session-replay.js';
import { headingTag, subHeadingLevel } from '../../internal/heading.js';
import { alertIcon, arrowBackIcon, arrowForwardIcon, checkCircleIcon, emptyCircleIcon, restartIcon, } from '../../internal/icons.js';
import { emergencyStyles } from '../../internal/emergency.styles.js';
import { themeStyles } from '../../internal/theme.styles.js';
import '../call-clinic/call-clinic.js';
import '../vein-cta/vein-cta.js';
import { crampCheckStyles } from './cramp-check.styles.js';
export const CHECK_MODES = ['steps', 'form'];
/** The first `<cramp-causes>` in the page that shows `cause`. Only the light DOM is searched. */
function causesElementShowing(cause) {
    for (const element of document.querySelectorAll('cramp-causes'))
        if (element.shows?.(cause))
            return element;
    return null;
}
/**
 * "What may be causing my night cramps?": a short self-check built from the article. About eight
 * optional questions; the result names the causes the answers point to (never a diagnosis), says
 * whether the article's criteria for a full evaluation are met, and offers the calls to action.
 *
 * Privacy: the answers stay in the element's memory. Nothing is stored (no cookies, no Web Storage)
 * and nothing is sent; the result event carries only cause ids and the evaluation advice, and its
 * `dataLayer` copy (an opt-in) only that a check was completed unless the page settings also set
 * `dataLayerHealthData`. The element and its content carry the masking markers of common
 * session-replay tools (see docs/privacy.md).
 *
 * @tagname cramp-check
 * @summary A one-minute self-check: which of the article's causes your answers point to.
 *
 * @slot - Fallback content shown before and without JavaScript (readable and indexable), e.g. a link
 *   to the article and `<a href="tel:+13148421441">Call 314-842-1441</a>`. Its phone number is used when
 *   neither `phone` nor the page settings give one. Hidden once the element renders; the element
 *   renders no slot for it.
 *
 * @fires cramp-check-result - The visitor asked for the result. `detail`: `{ element: 'cramp-check',
 *   causes, evaluationAdvised }`, `causes` being cause ids (`electrolytes`, `veins`, `nerves`) highest
 *   score first. Never the answers.
 * @fires cramp-link - A visitor clicked the nested `<vein-cta>`'s evaluation link (fired by it).
 * @fires cramp-call - A visitor clicked a call link (fired by the nested `<call-clinic>`).
 *
 * @csspart base - The card holding everything the element shows.
 * @csspart heading - The title, "What may be causing my night cramps?" (an `h2`-`h6`, see `heading-level`).
 * @csspart intro - The line under the title.
 * @csspart emergency - The emergency line: when to call 911 instead. Also in the result's evaluation
 *   section when the answers report swelling, numbness, or visible vein changes.
 * @csspart progress - The progress bar of the step-by-step mode.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer: a label around its radio button or checkbox.
 * @csspart nav - The row of navigation buttons (Back, Next; Change my answers, Start over).
 * @csspart back - The Back and "Change my answers" buttons.
 * @csspart next - The Next and "See my result" button.
 * @csspart result - The result.
 * @csspart result-heading - The result's heading, focused when the result appears.
 * @csspart cause - Each cause in the result. Also `cause-electrolytes`, `cause-veins`, `cause-nerves`.
 * @csspart open-cause - The button that opens the cause in a `<cramp-causes>` on the same page.
 * @csspart evaluation - The article's criteria for a full evaluation, with those the answers meet.
 * @csspart actions - The calls to action: `<vein-cta variant="compact">` (veins only) and `<call-clinic>`.
 * @csspart vein-cta - The nested `<vein-cta>` element.
 * @csspart call - The call link inside the nested `<call-clinic>` (its `call` part, exported).
 * @csspart note - The educational-use note.
 * @csspart restart - The "Start over" button.
 */
let CrampCheck = class CrampCheck extends CrampElement {
    constructor() {
        super(...arguments);
        /** `steps` (default: one question at a time, with Back and Next) or `form` (all questions on one page). */
        this.mode = 'steps';
        /** The visitor's answers: in memory only, gone with the page. */
        this.answers = new Set();
        /** The question shown in the step-by-step mode (0-based). */
        this.step = 0;
        /** Share of the questions reached, drawn by the progress bar. */
        this.progress = 0;
    }
    connectedCallback() {
        super.connectedCallback();
        if (!isServer)
            maskFromSessionReplay(this);
    }
    willUpdate() {
        super.willUpdate();
        // Written back in canonical form, so the `:host([mode=…])` rules match.
        this.mode = this.fixed(this.mode, CHECK_MODES, 'mode');
    }
    updated(changed) {
        super.updated(changed);
        // Through the CSSOM, not a style attribute: a strict Content-Security-Policy (style-src 'self') blocks those.
        const bar = this.renderRoot.querySelector('.meter__done');
        if (bar)
            bar.style.width = `${this.progress * 100}%`;
        // Recorders that walk shadow roots on their own see the session-replay markers inside too (set
        // again after each render: a change of `mode` rewrites the class attribute).
        const base = this.renderRoot.querySelector('[part="base"]');
        if (base)
            maskFromSessionReplay(base);
        if (this.focusAfterRender) {
            // A heading with tabindex="-1": screen readers read the new question or the result heading.
            this.renderRoot.querySelector(`#${this.focusAfterRender}`)?.focus();
            this.focusAfterRender = undefined;
        }
    }
    onChange(event) {
        const input = event.target;
        if (!isAnswerId(input.value))
            return;
        const next = new Set(this.answers);
        // A radio button replaces the other answers of its question.
        if (input.type === 'radio')
            for (const id of next)
                if (questionOf(id) === questionOf(input.value))
                    next.delete(id);
        if (input.checked)
            next.add(input.value);
        else
            next.delete(input.value);
        this.answers = next;
    }
    /** Next, or the result after the last question. Enter in a radio button submits the form too. */
    onSubmit(event) {
        event.preventDefault();
        const questions = selfCheckQuestions();
        if (this.mode === 'steps' && this.step < questions.length - 1) {
            this.goToStep(this.step + 1, questions);
            return;
        }
        this.showResult();
    }
    goToStep(step, questions = selfCheckQuestions()) {
        this.step = Math.max(0, Math.min(step, questions.length - 1));
        this.focusAfterRender = `question-${questions[this.step].id}`;
    }
    showResult() {
        const result = scoreAnswers(this.answers);
        this.result = result;
        this.focusAfterRender = 'result-heading';
        const { dataLayer, dataLayerHealthData } = this.clinic;
        // The causes and the advice are health data inferred from the visitor's answers: they reach
        // `dataLayer` only with the second, explicitly named opt-in. By default it only learns that a check was completed.
        const detail = { causes: [...result.causes], evaluationAdvised: result.evaluationAdvised };
        this.emit('cramp-check-result', detail, dataLayer && (dataLayerHealthData || { element: this.localName }));
    }
    /** Back to the questions with the answers kept: the last question, or the whole form. */
    changeAnswers() {
        const questions = selfCheckQuestions();
        this.result = undefined;
        if (this.mode === 'steps')
            this.goToStep(questions.length - 1, questions);
        else
            this.focusAfterRender = `question-${questions[0].id}`;
    }
    startOver() {
        this.answers = new Set();
        this.result = undefined;
        this.goToStep(0);
    }
    /** Opens, scrolls to and focuses the cause in the page's <cramp-causes>, through its public `reveal()`. */
    async openCause(cause) {
        await causesElementShowing(cause)?.reveal?.(cause);
    }
    renderQuestion(question, index, total, level) {
        const heading = headingTag(level);
        const number = index + 1;
        const hintId = `hint-${question.id}`;
        const type = question.kind === 'single' ? 'radio' : 'checkbox';
        return html `<fieldset part="question" class="question" aria-describedby=${question.hint ? hintId : nothing}>
      <legend class="question__legend">
        ${staticHtml `<${heading} class="question__heading" id="question-${question.id}" tabindex="-1"
          ><span class="question__number">${msg(str `Question ${number} of ${total}`, { id: 'check.progress' })}</span
          ><span class="visually-hidden">: </span>
          <span class="question__text">${question.text}</span></${heading}>`}
      </legend>
      ${question.hint ? html `<p class="question__hint" id=${hintId}>${question.hint}</p>` : nothing}
      <div class="options">
        ${question.options.map((option) => html `<label part="option" class="option">
            <input type=${type} name=${question.id} value=${option.id} .checked=${this.answers.has(option.id)} />
            <span class="option__label">${option.label}</span>
          </label>`)}
      </div>
    </fieldset>`;
    }
    renderQuestions(level) {
        const questions = selfCheckQuestions();
        const total = questions.length;
        const questionLevel = subHeadingLevel(level);
        if (this.mode === 'form') {
            return html `<form class="form" novalidate @change=${this.onChange} @submit=${this.onSubmit}>
        <div class="questions">${questions.map((question, index) => this.renderQuestion(question, index, total, questionLevel))}</div>
        <div part="nav" class="nav">
          <button part="next" class="action nav__next" type="submit">${msg('See my result')}${arrowForwardIcon}</button>
        </div>
      </form>`;
        }
        const step = Math.max(0, Math.min(this.step, total - 1));
        const last = step === total - 1;
        this.progress = (step + 1) / total;
        return html `<form class="form" novalidate @change=${this.onChange} @submit=${this.onSubmit}>
      <div part="progress" class="meter" aria-hidden="true">
        <span class="meter__done"></span>
      </div>
      ${this.renderQuestion(questions[step], step, total, questionLevel)}
      <div part="nav" class="nav">
        ${step > 0
            ? html `<button part="back" class="action action--secondary nav__back" type="button" @click=${() => this.goToStep(step - 1)}>
              ${arrowBackIcon}${msg('Back')}
            </button>`
            : nothing}
        <button part="next" class="action nav__next" type="submit">${last ? msg('See my result') : msg('Next')}${arrowForwardIcon}</button>
      </div>
    </form>`;
    }
    renderCause(cause, level, answerLabels) {
        const heading = headingTag(level);
        const title = causes().find((each) => each.id === cause).title;
        const evidence = evidenceFor(this.answers, cause);
        const canOpen = causesElementShowing(cause) !== null;
        return html `<li part="cause cause-${cause}" class="cause" data-cause=${cause}>
      <span class="icon-badge cause__icon">${causeIcons[cause]}</span>
      <div class="cause__body">
        ${staticHtml `<${heading} class="cause__title">${title}</${heading}>`}
        <div class="evidence">
          <span class="evidence__label">${msg('From your answers:')}</span>
          <ul class="evidence__list">
            ${evidence.map((answer) => html `<li class="chip">${answerLabels.get(answer)}</li>`)}
          </ul>
        </div>
        <p class="cause__reason">${causeReasons()[cause]}</p>
        ${canOpen
            ? html `<button part="open-cause" class="open-cause" type="button" @click=${() => this.openCause(cause)}>
              ${msg('Read more on this page')}<span class="visually-hidden">: ${title}</span>
            </button>`
            : nothing}
      </div>
    </li>`;
    }
    renderEvaluation(result, level) {
        const heading = headingTag(level);
        const labels = evaluationCriterionLabels();
        return html `<section part="evaluation" class="evaluation ${result.evaluationAdvised ? 'evaluation--advised' : ''}" aria-labelledby="evaluation-heading">
      ${staticHtml `<${heading} class="section-title" id="evaluation-heading">${evaluationHeading()}</${heading}>`}
      ${evaluationVerdict(result).map((sentence, index) => html `<p class=${index === 0 ? 'verdict' : 'verdict__more'}>${sentence}</p>`)}
      ${result.criteriaMet.includes('swelling-numbness-or-veins')
            ? html `<p part="emergency" class="emergency">${alertIcon}<span>${emergencyLine()}</span></p>`
            : nothing}
      <p class="evaluation__lead">${evaluationChecklistLead()}</p>
      <ul class="criteria">
        ${EVALUATION_CRITERION_IDS.map((criterion) => {
            const met = result.criteriaMet.includes(criterion);
            return html `<li class="criterion ${met ? 'criterion--met' : ''}">
            ${met ? checkCircleIcon : emptyCircleIcon}<span
              >${labels[criterion]}<span class="visually-hidden"
                >${met ? msg(': in your answers', { id: 'check.criterionMet' }) : msg(': not in your answers', { id: 'check.criterionNotMet' })}</span
              ></span
            >
          </li>`;
        })}
      </ul>
    </section>`;
    }
    /** The calls to action: nested widgets, which show the clinic this element resolved (see context.ts). */
    renderActions(result, level) {
        const veins = result.causes.includes('veins');
        return html `<div part="actions" class="actions ${veins ? 'actions--two' : ''}">
      ${veins
            ? html `<vein-cta part="vein-cta" variant="compact" heading-level=${level}></vein-cta>`
            : nothing}
      <div class="call-box">
        <p class="call-box__text">${resultCallText(result)}</p>
        <call-clinic exportparts="call"></call-clinic>
      </div>
    </div>`;
    }
    renderResult(result, level) {
        const sectionLevel = subHeadingLevel(level);
        const itemLevel = subHeadingLevel(sectionLevel);
        const heading = headingTag(sectionLevel);
        const answerLabels = new Map(selfCheckQuestions().flatMap((question) => question.options.map((option) => [option.id, option.evidence ?? option.label])));
        const order = resultOrderNote(result);
        return html `<section part="result" class="result" aria-labelledby="result-heading">
      ${staticHtml `<${heading} part="result-heading" class="result__heading" id="result-heading" tabindex="-1">${msg('Your result')}</${heading}>`}
      <p class="result__lead">${resultLead(result)}</p>
      ${order ? html `<p class="result__order">${order}</p>` : nothing}
      ${result.causes.length > 0
            ? html `<ol class="causes">
            ${result.causes.map((cause) => this.renderCause(cause, itemLevel, answerLabels))}
          </ol>`
            : nothing}
      ${result.answered ? this.renderEvaluation(result, itemLevel) : nothing} ${this.renderActions(result, itemLevel)}
      <p part="note" class="note">${educationalNote()}</p>
      <div part="nav" class="nav">
        <button part="back" class="action action--secondary" type="button" @click=${this.changeAnswers}>
          ${arrowBackIcon}${msg('Change my answers')}
        </button>
        <button part="restart" class="action action--secondary" type="button" @click=${this.startOver}>
          ${restartIcon}${msg('Start over')}
        </button>
      </div>
    </section>`;
    }
    render() {
        const level = this.headingLevelOf(this.headingLevel);
        const heading = headingTag(level);
        const total = selfCheckQuestions().length;
        return html `<div part="base" class="check card check--${this.mode}" lang=${this.locale}>
      <div class="header">
        ${staticHtml `<${heading} part="heading" class="title">${selfCheckTitle()}</${heading}>`}
        <p part="intro" class="intro">
          ${msg(str `${total} short questions based on the article. Every question is optional. Your answers stay on this page: nothing is saved or sent.`, {
            id: 'check.intro',
        })}
        </p>
      </div>
      <p part="emergency" class="emergency">${alertIcon}<span>${emergencyNote()}</span></p>
      ${this.result ? this.renderResult(this.result, level) : this.renderQuestions(level)}
    </div>`;
    }
};
CrampCheck.styles = [baseStyles, themeStyles, emergencyStyles, crampCheckStyles];
__decorate([
    property({ reflect: true })
], CrampCheck.prototype, "mode", void 0);
__decorate([
    property({ attribute: 'heading-level' })
], CrampCheck.prototype, "headingLevel", void 0);
__decorate([
    state()
], CrampCheck.prototype, "answers", void 0);
__decorate([
    state()
], CrampCheck.prototype, "step", void 0);
__decorate([
    state()
], CrampCheck.prototype, "result", void 0);
CrampCheck = __decorate([
    localized()
], CrampCheck);
export { CrampCheck };
