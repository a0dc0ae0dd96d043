"use client";
// Today's active-learning budget: a meter for everyone ("12 of 40 today"), and for leads a small
// form to change the model's daily budget.
import { useState } from "react";
import { budgetMeter } from "@/lib/active-learning/budget-rules";
import { BudgetIn, type ActiveLearningQueue } from "@/lib/active-learning/schemas";
import { useSetBudget } from "@/lib/active-learning/use-active-learning";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";

export function BudgetMeter({ queue }: { queue: ActiveLearningQueue }) {
  const meter = budgetMeter(queue.budget, queue.usedToday);
  return (
    <div className="min-w-44 space-y-1" data-testid="budget-meter">
      <div className="flex items-baseline justify-between gap-3 text-xs">
        <span className="font-medium tabular-nums text-fg" data-testid="budget-text">{meter.text}</span>
        <span className="text-muted">{queue.budgetSetting.set ? "daily budget" : "default budget"}</span>
      </div>
      <div
        role="meter"
        aria-label="Active-learning verdicts given today"
        aria-valuemin={0}
        aria-valuemax={queue.budget}
        aria-valuenow={Math.min(queue.usedToday, queue.budget)}
        aria-valuetext={meter.text}
        className="h-1.5 overflow-hidden rounded-full bg-raised"
      >
        <div className={`h-full rounded-full ${meter.spent ? "bg-sev-high" : "bg-accent-solid"}`} style={{ width: `${meter.fill * 100}%` }} />
      </div>
    </div>
  );
}

export function BudgetForm({ model, current }: { model: string; current: number }) {
  const save = useSetBudget();
  const [text, setText] = useState(String(current));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = Number(text);
    if (text.trim() === "" || !Number.isFinite(value)) return setProblem("Enter a whole number of verdicts a day (0 pauses the queue)");
    const parsed = BudgetIn.safeParse({ model, dailyBudget: value });
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "Not a valid budget");
    setProblem(null);
    save.mutate(parsed.data);
  };
  const message = problem ?? save.error?.message;
  return (
    <form onSubmit={submit} className="flex items-end gap-2" data-testid="budget-form" noValidate>
      <div className="space-y-1">
        <Label htmlFor="daily-budget">Verdicts a day</Label>
        <Input
          id="daily-budget"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          className="w-24"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? "daily-budget-error" : undefined}
          data-testid="budget-input"
        />
      </div>
      <Button type="submit" size="sm" variant="secondary" disabled={save.isPending} data-testid="budget-save">
        {save.isPending ? "Saving…" : "Set budget"}
      </Button>
      {message && <p id="daily-budget-error" role="alert" className="text-xs text-danger" data-testid="budget-error">{message}</p>}
      {save.isSuccess && !message && <p role="status" className="text-xs text-muted">Saved</p>}
    </form>
  );
}
