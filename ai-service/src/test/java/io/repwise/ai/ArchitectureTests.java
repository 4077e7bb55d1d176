package io.repwise.ai;

import io.repwise.testsupport.ServiceArchitectureTests;

/** The layout rules of docs/ARCHITECTURE.md, held for ai-service; a new domain engine joins the list. */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super("ai",
				"io.repwise.ai.training..",
				"io.repwise.ai.plan.PlanGenerator",
				"io.repwise.ai.plan.Allocation",
				"io.repwise.ai.plan.ExercisePicker",
				"io.repwise.ai.plan.Slot",
				"io.repwise.ai.plan.StartingLoads",
				"io.repwise.ai.plan.Schedule",
				"io.repwise.ai.plan.Split",
				"io.repwise.ai.progression.ProgressionAdvisor",
				"io.repwise.ai.prediction.WeightedRegression",
				"io.repwise.ai.prediction.StrengthForecaster",
				"io.repwise.ai.prediction.StudentT",
				"io.repwise.ai.loading.WarmUpPlanner",
				"io.repwise.ai.insight.AcuteChronicWorkload",
				"io.repwise.ai.alternative.AlternativeFinder",
				"io.repwise.ai.insight.InsightsCalculator",
				"io.repwise.ai.recovery.RecoveryModel",
				"io.repwise.ai.recovery.MuscleRecovery",
				"io.repwise.ai.recovery.NextWorkoutAdvisor");
	}

}
