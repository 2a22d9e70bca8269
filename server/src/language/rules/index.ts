// The rule engine: runs every rule of the registry, applies @allow, configured severities and escalation.
import type { Annotation, Identifier, Statement } from '../ast';
import { severityOf } from '../codes';
import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostics';
import { availabilityOf, estimate } from '../estimate';
import type { DesignModel, Group } from '../model';
import type { SysdConfig } from '../schema';
import { isDesignWide, subjectId } from '../subjects';
import { closest } from '../suggest';
import { isRuleId, RULE_IDS } from './ids';
import { RULES } from './registry';
import { isScale, rangeOfSubject, type RuleDefinition, type RuleFinding, type Subject } from './types';

/** Availability from which the single-point-of-failure rules are raised one level. */
export const ESCALATION_AVAILABILITY = 99.9;

const RAISED: Record<Severity, Severity> = { hint: 'info', info: 'warning', warning: 'error', error: 'error' };

/** A finding an `@allow` silenced, with the justification written there (for the CLI's JSON and SARIF). */
export interface Suppression {
  finding: Diagnostic;
  annotation: Annotation;
  /** The closing string of the `@allow`, if any. */
  reason?: string;
}

export interface RuleRun {
  /** Findings to show, and the problems with `@allow` annotations themselves, sorted by position. */
  findings: Diagnostic[];
  suppressed: Suppression[];
}

interface AllowSite {
  uri: string;
  annotation: Annotation;
  used: Set<Identifier>;
}

function uriOf(subject: Subject): string {
  return subject.uri;
}

/** The @allow annotations that can silence a finding on this subject, innermost first (its own, then its groups'). */
function annotationsFor(subject: Subject): Annotation[] {
  if (isScale(subject)) return subject.block.annotations;
  if (isDesignWide(subject)) return subject.header?.annotations ?? [];
  const own = subject.annotations;
  const groups: Group[] = [];
  for (let group = subject.group; group; group = group.group) groups.push(group);
  return [...own, ...groups.flatMap((group) => group.annotations)];
}

function allowSites(model: DesignModel): Map<Annotation, AllowSite> {
  const sites = new Map<Annotation, AllowSite>();
  const add = (uri: string, annotations: Annotation[]) => {
    for (const annotation of annotations) {
      if (annotation.name.name === 'allow') sites.set(annotation, { uri, annotation, used: new Set() });
    }
  };
  const visit = (uri: string, statements: Statement[]) => {
    for (const statement of statements) {
      add(uri, statement.annotations);
      if (statement.type === 'group') visit(uri, statement.statements);
    }
  };
  for (const [uri, file] of model.files) {
    // The header's @allows silence design-wide findings.
    if (file.design) add(uri, file.design.annotations);
    visit(uri, file.statements);
  }
  return sites;
}

function toDiagnostic(rule: RuleDefinition, finding: RuleFinding, severity: Severity, note: string): Diagnostic {
  const subject = finding.subject;
  return {
    uri: uriOf(subject),
    range: finding.range ?? rangeOfSubject(subject),
    severity,
    message: note ? `${finding.message} ${note}` : finding.message,
    code: rule.id,
    ...(finding.related?.length
      ? { related: finding.related.map((r) => ({ uri: uriOf(r.subject), range: rangeOfSubject(r.subject), message: r.message })) }
      : {}),
    ...(rule.tags?.length ? { tags: [...rule.tags] } : {}),
    subject: subjectId(subject),
    ...(finding.data ? { data: { ...finding.data } } : {}),
  };
}

/** Runs every rule and reports findings plus the suppressions `@allow` made. */
export function checkRules(model: DesignModel, config: SysdConfig, rules: readonly RuleDefinition[] = RULES): RuleRun {
  const context = { model, config, estimate: estimate(model.scale?.properties) };
  const availability = availabilityOf(model.scale?.properties);
  const escalate = availability !== undefined && availability >= ESCALATION_AVAILABILITY;
  const sites = allowSites(model);
  const findings: Diagnostic[] = [];
  const suppressed: Suppression[] = [];

  for (const rule of rules) {
    const configured = config.rules[rule.id];
    for (const finding of rule.check(context)) {
      const allow = annotationsFor(finding.subject).find((a) => a.name.name === 'allow' && a.args.some((arg) => arg.name === rule.id));
      let severity: Severity = rule.severity;
      let note = '';
      if (configured) {
        // A configured severity is final: it is not escalated.
        if (configured === 'off') severity = 'hint';
        else severity = configured;
      } else if (rule.escalates && escalate) {
        severity = RAISED[rule.severity];
        note = `Raised to ${severity} because the design targets ${availability}% availability (${ESCALATION_AVAILABILITY}% or more).`;
      }
      const diagnostic = toDiagnostic(rule, finding, severity, note);
      if (allow) {
        // An allow counts as used even when the rule is off: it still documents a deliberate choice.
        sites.get(allow)?.used.add(allow.args.find((arg) => arg.name === rule.id) as Identifier);
        suppressed.push({ finding: diagnostic, annotation: allow, reason: allow.reason?.value });
        continue;
      }
      if (configured === 'off') continue;
      findings.push(diagnostic);
    }
  }

  findings.push(...allowProblems(sites.values(), config));
  findings.sort(compareDiagnostics);
  return { findings, suppressed };
}

/** Unknown rule ids, allows that silence nothing, and missing reasons when the configuration requires them. */
function allowProblems(sites: Iterable<AllowSite>, config: SysdConfig): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (diagnostic: Diagnostic) => {
    const configured = config.rules[diagnostic.code];
    if (configured === 'off') return;
    problems.push(configured ? { ...diagnostic, severity: configured } : diagnostic);
  };
  for (const { uri, annotation, used } of sites) {
    if (annotation.args.length === 0) {
      report({
        uri, range: annotation.range, severity: severityOf('unknown-rule'), code: 'unknown-rule',
        message: "'@allow' names no rule: write the rule ids it accepts, e.g. @allow(orphan-component, \"reason\").",
      });
    }
    for (const arg of annotation.args) {
      if (!isRuleId(arg.name)) {
        const suggestion = closest(arg.name, RULE_IDS);
        report({
          uri, range: arg.range, severity: severityOf('unknown-rule'), code: 'unknown-rule',
          message: `Unknown rule '${arg.name}' in @allow.${suggestion ? ` Did you mean '${suggestion}'?` : ''} \`sysd explain\` lists the rules.`,
          ...(suggestion ? { data: { suggestion } } : {}),
        });
      } else if (!used.has(arg)) {
        report({
          uri, range: arg.range, severity: severityOf('unused-allow'), code: 'unused-allow', tags: ['unnecessary'],
          message: `'@allow(${arg.name})' silences nothing here: the rule does not fire on this element. Remove it.`,
          data: { rule: arg.name },
        });
      }
    }
    if (config.requireAllowReason && !annotation.reason && annotation.args.length > 0) {
      report({
        uri, range: annotation.range, severity: severityOf('allow-without-reason'), code: 'allow-without-reason',
        message: `This @allow gives no reason, and the configuration requires one (requireAllowReason): add why the finding is accepted, e.g. @allow(${annotation.args.map((a) => a.name).join(', ')}, "why").`,
      });
    }
  }
  return problems;
}

/** Runs every enabled rule; findings come back sorted by position. */
export function runRules(model: DesignModel, config: SysdConfig): Diagnostic[] {
  return checkRules(model, config).findings;
}
