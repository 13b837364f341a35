import React from "react";
import { describe, expect, it, vi } from "vitest";
import { fireEvent, render, screen } from "@testing-library/react";
import { PlanCard } from "./PlanCard";

describe("PlanCard", () => {
  it("shows the recommended ribbon when the CMS flags the plan as recommended", () => {
    render(<PlanCard plan={{ id: "pro", name: "Pro", monthlyPrice: 12, recommended: true }} onSelect={() => {}} />);
    expect(screen.getByText("Recommended")).toBeTruthy();
  });

  it("does not recommend plans without the flag", () => {
    render(<PlanCard plan={{ id: "basic", name: "Basic", monthlyPrice: 5 }} onSelect={() => {}} />);
    expect(screen.queryByText("Recommended")).toBeNull();
  });

  it("calls onSelect with the plan id", () => {
    const onSelect = vi.fn();
    render(<PlanCard plan={{ id: "team", name: "Team", monthlyPrice: 30 }} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole("button"));
    expect(onSelect).toHaveBeenCalledWith("team");
  });
});
