import React from "react";

export interface Plan {
  id: string;
  name: string;
  monthlyPrice: number;
  /** Set by marketing in the CMS; shows the "Recommended" ribbon. */
  recommended?: boolean;
}

export function PlanCard({ plan, onSelect }: { plan: Plan; onSelect: (id: string) => void }) {
  return (
    <div className={plan.recommended ? "plan plan--recommended" : "plan"} data-testid={`plan-${plan.id}`}>
      {plan.recommended && <span className="ribbon">Recommended</span>}
      <h3>{plan.name}</h3>
      <p>${plan.monthlyPrice.toFixed(2)}/mo</p>
      <button onClick={() => onSelect(plan.id)}>Choose {plan.name}</button>
    </div>
  );
}
