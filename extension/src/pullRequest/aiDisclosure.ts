// The AI-use question of Draft Pull Request: asked only when the repository wants a statement (the server's
// `aiDisclosure`, from CONTRIBUTING.md or the template's AI section), answered as `clawdev pr --ai-assisted HOW`.
import type { PullRequestPlan } from '../protocol';

export const NoAiUsed = 'No AI tools were used';
export const AiUsed = 'AI tools were used — describe how…';

/** Whether to ask before the confirmation: only a repository that asks for an AI-use statement is asked about. */
export function asksAboutAi(plan: PullRequestPlan): boolean {
  return plan.aiDisclosure === true;
}

/** The choices of the question, in the order shown. */
export function aiChoices(): { label: string; detail: string }[] {
  return [
    { label: NoAiUsed, detail: 'The description says that no AI tools were used for this change.' },
    { label: AiUsed, detail: 'Say in a sentence how they helped; it goes into the description as the AI statement.' },
  ];
}

/** Why a description of the AI use cannot be taken, for the input box; undefined when it can. */
export function aiDescriptionProblem(text: string): string | undefined {
  return text.trim().length === 0 ? 'Say how AI tools helped (or press Escape and choose "No AI tools were used").' : undefined;
}

/**
 * The protocol's `aiAssistance` for an answer: '' when none were used, the trimmed description otherwise;
 * undefined when the answer is incomplete (a cancelled question, or AI used without saying how).
 */
export function aiAssistanceOf(choice: string | undefined, description?: string): string | undefined {
  if (choice === NoAiUsed) {
    return '';
  }
  if (choice === AiUsed && description !== undefined && aiDescriptionProblem(description) === undefined) {
    return description.trim();
  }
  return undefined;
}
