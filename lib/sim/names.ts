/**
 * AWS's character rules for the names a scenario carries into AWS (the "Copy as AWS CLI" script,
 * the event log). Each function returns what is wrong with a name, or null when it is valid.
 * Sources (the API references, the same rules as the botocore models the AWS CLI validates with):
 * - PolicyName: PutScalingPolicy, 1–256, pattern `\p{Print}+` (Java: printable ASCII, U+0020–U+007E).
 * - ScheduledActionName: PutScheduledAction, 1–256, pattern
 *   `(?!((^[ ]+.*)|(.*([\u0000-\u001f]|[\u007f-\u009f]|[:/|])+.*)|(.*[ ]+$))).+`.
 * - AlarmName: PutMetricAlarm, 1–255, UTF-8, no ASCII control characters.
 * - ECS cluster and service names: CreateCluster / CreateService, up to 255 letters, numbers,
 *   underscores and hyphens.
 * - Capacity provider names: CreateCapacityProvider, up to 255 letters, numbers, underscores and
 *   hyphens, not prefixed with "aws", "ecs" or "fargate".
 * Stricter than AWS on purpose: no invisible formatting characters (bidirectional overrides,
 * zero-width characters) and no unpaired surrogates anywhere, so a name always displays as what it is.
 */

/** Control characters (C0, DEL, C1), line and paragraph separators, format characters, lone surrogates. */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

function describeChar(ch: string): string {
  const code = ch.codePointAt(0) as number;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (ch === '\n') return 'a line break';
  if (ch === '\r') return 'a carriage return';
  if (ch === '\t') return 'a tab';
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (${hex})`;
  if (code === 0x2028 || code === 0x2029) return `a line separator (${hex})`;
  if (code >= 0xd800 && code <= 0xdfff) return `an unpaired surrogate (${hex})`;
  if (/\p{Cf}/u.test(ch)) return `an invisible formatting character (${hex})`;
  return `"${ch}" (${hex})`;
}

/** `text` with every unsafe character shown as \u{…}: nothing in it can end a line or reach a terminal as a control. */
export function showUnsafe(text: string): string {
  return text.replace(new RegExp(UNSAFE.source, 'gu'), (ch) => `\\u{${(ch.codePointAt(0) as number).toString(16)}}`);
}

/** The first unsafe character of `text`, described, or null. */
export function unsafeCharacter(text: string): string | null {
  const m = UNSAFE.exec(text);
  return m ? describeChar(m[0]) : null;
}

function lengthProblem(name: string, max: number): string | null {
  if (name.length === 0) return 'must not be empty';
  if (name.length > max) return `must be at most ${max} characters (it has ${name.length})`;
  return null;
}

/** A title shown to people only (the scenario's name): one line of visible text. */
export function displayNameProblem(name: string, max: number): string | null {
  const bad = unsafeCharacter(name);
  if (bad) return `must be one line of visible text; it contains ${bad}`;
  return lengthProblem(name, max);
}

/** Application Auto Scaling PolicyName. */
export const POLICY_NAME_MAX = 256;
export function policyNameProblem(name: string): string | null {
  const m = /[^\x20-\x7e]/u.exec(name);
  if (m)
    return `AWS allows only printable ASCII characters (letters, digits, spaces and punctuation) in a policy name; it contains ${describeChar(m[0])}`;
  return lengthProblem(name, POLICY_NAME_MAX);
}

/** Application Auto Scaling ScheduledActionName. */
export const SCHEDULED_ACTION_NAME_MAX = 256;
export function scheduledActionNameProblem(name: string): string | null {
  const bad = unsafeCharacter(name);
  if (bad) return `must be one line of visible text; it contains ${bad}`;
  const forbidden = /[:/|]/.exec(name);
  if (forbidden) return `AWS does not allow "${forbidden[0]}" in a scheduled action name (nor ":", "/" or "|")`;
  if (/^ | $/.test(name)) return 'AWS does not allow a scheduled action name to start or end with a space';
  return lengthProblem(name, SCHEDULED_ACTION_NAME_MAX);
}

/** CloudWatch AlarmName. */
export const ALARM_NAME_MAX = 255;
export function alarmNameProblem(name: string): string | null {
  const bad = unsafeCharacter(name);
  if (bad) return `AWS does not allow control characters in an alarm name; it contains ${bad}`;
  return lengthProblem(name, ALARM_NAME_MAX);
}

/** The CloudWatch alarm that invokes a step scaling policy (the engine's and the CLI script's name). */
export const stepAlarmName = (policyName: string): string => `${policyName}-alarm`;

/** ECS cluster and service names. */
export const ECS_NAME_MAX = 255;
export function ecsNameProblem(name: string): string | null {
  const m = /[^A-Za-z0-9_-]/u.exec(name);
  if (m)
    return `AWS allows only letters, digits, "_" and "-"; it contains ${/\S/u.test(m[0]) && !UNSAFE.test(m[0]) ? `"${m[0]}"` : describeChar(m[0])}`;
  return lengthProblem(name, ECS_NAME_MAX);
}

/** The name of a capacity provider you create (an Auto Scaling group provider). */
export function capacityProviderNameProblem(name: string): string | null {
  const problem = ecsNameProblem(name);
  if (problem) return problem;
  if (/^(aws|ecs|fargate)/i.test(name)) return 'AWS does not allow a capacity provider name to start with "aws", "ecs" or "fargate"';
  return null;
}
