package io.repwise.deploycheck;

import java.util.List;
import java.util.Map;

import io.kubernetes.client.openapi.models.V1LabelSelector;
import io.kubernetes.client.openapi.models.V1LabelSelectorRequirement;

/** Kubernetes label selector semantics (matchLabels and matchExpressions, all ANDed). */
final class Selectors {

	private Selectors() {
	}

	static boolean matches(V1LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return false;
		}
		if (selector.getMatchLabels() != null) {
			for (Map.Entry<String, String> wanted : selector.getMatchLabels().entrySet()) {
				if (!wanted.getValue().equals(labels.get(wanted.getKey()))) {
					return false;
				}
			}
		}
		if (selector.getMatchExpressions() != null) {
			for (V1LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
				String value = labels.get(requirement.getKey());
				List<String> values = (requirement.getValues() != null) ? requirement.getValues() : List.of();
				boolean ok = switch (requirement.getOperator()) {
					case "In" -> value != null && values.contains(value);
					case "NotIn" -> value == null || !values.contains(value);
					case "Exists" -> value != null;
					case "DoesNotExist" -> value == null;
					default -> false;
				};
				if (!ok) {
					return false;
				}
			}
		}
		return true;
	}

	/** Selects everything: no labels and no expressions. */
	static boolean isEmpty(V1LabelSelector selector) {
		return selector != null && (selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
				&& (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty());
	}

	static String describe(V1LabelSelector selector) {
		StringBuilder text = new StringBuilder("{");
		if (selector.getMatchLabels() != null) {
			selector.getMatchLabels().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach((entry) -> text.append(text.length() > 1 ? "," : "").append(entry.getKey()).append('=')
					.append(entry.getValue()));
		}
		if (selector.getMatchExpressions() != null) {
			for (V1LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
				text.append(text.length() > 1 ? "," : "").append(requirement.getKey()).append(' ')
					.append(requirement.getOperator()).append(' ').append(requirement.getValues());
			}
		}
		return text.append('}').toString();
	}

}
