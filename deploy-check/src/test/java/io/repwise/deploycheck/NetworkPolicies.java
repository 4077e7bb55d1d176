package io.repwise.deploycheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1IPBlock;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1NetworkPolicyEgressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyIngressRule;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPeer;
import io.kubernetes.client.openapi.models.V1NetworkPolicyPort;

/**
 * What the NetworkPolicies of a rendered overlay allow, computed with Kubernetes semantics: a pod
 * selected by any policy of a direction (Ingress, Egress) is isolated in that direction and may
 * only do what one of those policies allows; a connection between two pods needs both the
 * sender's egress and the receiver's ingress to allow it.
 *
 * <p>The result is a set of lines a test compares with the calls the architecture allows:
 * <ul>
 * <li>{@code "a -> b:3001/TCP"}: pod a may connect to pod b's port in the same namespace;</li>
 * <li>{@code "a -> <peer> 53/UDP"}: egress to something outside the namespace (an ipBlock, or pods
 * picked by a namespaceSelector), or {@code "a -> anywhere"} when a is not egress-isolated;</li>
 * <li>{@code "<peer> -> b 3000/TCP"}: ingress from outside, or {@code "anywhere -> b"}.</li>
 * </ul>
 */
final class NetworkPolicies {

	record Pod(String name, String namespace, Map<String, String> labels, List<V1ContainerPort> ports) {

		Integer portNumber(IntOrString port) {
			if (port.isInteger()) {
				return port.getIntValue();
			}
			return this.ports.stream().filter((p) -> port.getStrValue().equals(p.getName())).findFirst()
				.map(V1ContainerPort::getContainerPort).orElse(null);
		}

	}

	private final List<V1NetworkPolicy> policies;

	private final List<Pod> pods = new ArrayList<>();

	private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();

	NetworkPolicies(Rendered rendered) {
		this.policies = rendered.networkPolicies();
		for (V1Namespace namespace : rendered.namespaces()) {
			Map<String, String> labels = new LinkedHashMap<>();
			if (namespace.getMetadata().getLabels() != null) {
				labels.putAll(namespace.getMetadata().getLabels());
			}
			labels.put("kubernetes.io/metadata.name", namespace.getMetadata().getName());
			this.namespaceLabels.put(namespace.getMetadata().getName(), labels);
		}
		for (Rendered.Workload workload : rendered.workloads()) {
			List<V1ContainerPort> ports = new ArrayList<>();
			for (V1Container container : workload.template().getSpec().getContainers()) {
				if (container.getPorts() != null) {
					ports.addAll(container.getPorts());
				}
			}
			Map<String, String> labels = (workload.template().getMetadata().getLabels() != null)
					? workload.template().getMetadata().getLabels() : Map.of();
			this.pods.add(new Pod(workload.name(), workload.metadata().getNamespace(), labels, ports));
		}
	}

	List<Pod> pods() {
		return this.pods;
	}

	/** Policies in the pod's namespace that select it and govern the given direction. */
	List<V1NetworkPolicy> selecting(Pod pod, String direction) {
		List<V1NetworkPolicy> selecting = new ArrayList<>();
		for (V1NetworkPolicy policy : this.policies) {
			if (sameNamespace(policy, pod) && Selectors.matches(policy.getSpec().getPodSelector(), pod.labels())
					&& types(policy).contains(direction)) {
				selecting.add(policy);
			}
		}
		return selecting;
	}

	Set<String> connections() {
		Set<String> lines = new TreeSet<>();
		for (Pod from : this.pods) {
			for (Pod to : this.pods) {
				for (V1ContainerPort port : to.ports()) {
					String protocol = (port.getProtocol() != null) ? port.getProtocol() : "TCP";
					if (egressAllows(from, to, port.getContainerPort(), protocol)
							&& ingressAllows(from, to, port.getContainerPort(), protocol)) {
						lines.add(from.name() + " -> " + to.name() + ":" + port.getContainerPort() + "/" + protocol);
					}
				}
			}
			List<V1NetworkPolicy> egress = selecting(from, "Egress");
			if (egress.isEmpty()) {
				lines.add(from.name() + " -> anywhere");
			}
			for (V1NetworkPolicy policy : egress) {
				for (V1NetworkPolicyEgressRule rule : list(policy.getSpec().getEgress())) {
					for (String peer : outsidePeers(rule.getTo())) {
						for (String port : describePorts(rule.getPorts(), null)) {
							lines.add(from.name() + " -> " + peer + " " + port);
						}
					}
				}
			}
			List<V1NetworkPolicy> ingress = selecting(from, "Ingress");
			if (ingress.isEmpty()) {
				lines.add("anywhere -> " + from.name());
			}
			for (V1NetworkPolicy policy : ingress) {
				for (V1NetworkPolicyIngressRule rule : list(policy.getSpec().getIngress())) {
					for (String peer : outsidePeers(rule.getFrom())) {
						for (String port : describePorts(rule.getPorts(), from)) {
							lines.add(peer + " -> " + from.name() + " " + port);
						}
					}
				}
			}
		}
		return lines;
	}

	private boolean egressAllows(Pod from, Pod to, int port, String protocol) {
		List<V1NetworkPolicy> selecting = selecting(from, "Egress");
		if (selecting.isEmpty()) {
			return true;
		}
		for (V1NetworkPolicy policy : selecting) {
			for (V1NetworkPolicyEgressRule rule : list(policy.getSpec().getEgress())) {
				if (portsAllow(rule.getPorts(), to, port, protocol) && peersAllow(rule.getTo(), policy, to)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean ingressAllows(Pod from, Pod to, int port, String protocol) {
		List<V1NetworkPolicy> selecting = selecting(to, "Ingress");
		if (selecting.isEmpty()) {
			return true;
		}
		for (V1NetworkPolicy policy : selecting) {
			for (V1NetworkPolicyIngressRule rule : list(policy.getSpec().getIngress())) {
				if (portsAllow(rule.getPorts(), to, port, protocol) && peersAllow(rule.getFrom(), policy, from)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean peersAllow(List<V1NetworkPolicyPeer> peers, V1NetworkPolicy policy, Pod pod) {
		if (peers == null || peers.isEmpty()) {
			return true; // no peers listed: every source or destination
		}
		for (V1NetworkPolicyPeer peer : peers) {
			if (peer.getIpBlock() != null) {
				continue; // addresses, not pods: reported as an outside peer instead
			}
			boolean namespaceMatches = (peer.getNamespaceSelector() == null) ? sameNamespace(policy, pod)
					: Selectors.matches(peer.getNamespaceSelector(),
							this.namespaceLabels.getOrDefault(pod.namespace(), Map.of()));
			boolean podMatches = peer.getPodSelector() == null || Selectors.matches(peer.getPodSelector(), pod.labels());
			if (namespaceMatches && podMatches) {
				return true;
			}
		}
		return false;
	}

	private static boolean portsAllow(List<V1NetworkPolicyPort> ports, Pod pod, int port, String protocol) {
		if (ports == null || ports.isEmpty()) {
			return true;
		}
		for (V1NetworkPolicyPort allowed : ports) {
			String allowedProtocol = (allowed.getProtocol() != null) ? allowed.getProtocol() : "TCP";
			if (!allowedProtocol.equals(protocol)) {
				continue;
			}
			if (allowed.getPort() == null) {
				return true;
			}
			Integer number = pod.portNumber(allowed.getPort());
			if (number == null) {
				continue;
			}
			int end = (allowed.getEndPort() != null) ? allowed.getEndPort() : number;
			if (port >= number && port <= end) {
				return true;
			}
		}
		return false;
	}

	/** Peers outside the pod network of the namespace: address blocks and namespace selectors. */
	private static List<String> outsidePeers(List<V1NetworkPolicyPeer> peers) {
		List<String> described = new ArrayList<>();
		if (peers == null || peers.isEmpty()) {
			described.add("anywhere");
			return described;
		}
		for (V1NetworkPolicyPeer peer : peers) {
			if (peer.getIpBlock() != null) {
				V1IPBlock block = peer.getIpBlock();
				described.add("ipBlock " + block.getCidr()
						+ ((block.getExcept() != null && !block.getExcept().isEmpty()) ? " except " + block.getExcept() : ""));
			}
			else if (peer.getNamespaceSelector() != null) {
				described.add("namespace" + Selectors.describe(peer.getNamespaceSelector())
						+ ((peer.getPodSelector() != null) ? " pod" + Selectors.describe(peer.getPodSelector()) : ""));
			}
		}
		return described;
	}

	private static List<String> describePorts(List<V1NetworkPolicyPort> ports, Pod pod) {
		List<String> described = new ArrayList<>();
		if (ports == null || ports.isEmpty()) {
			described.add("all ports");
			return described;
		}
		for (V1NetworkPolicyPort port : ports) {
			String protocol = (port.getProtocol() != null) ? port.getProtocol() : "TCP";
			String number;
			if (port.getPort() == null) {
				number = "*";
			}
			else if (pod != null && !port.getPort().isInteger()) {
				Integer resolved = pod.portNumber(port.getPort());
				if (resolved == null) {
					continue; // a named port this pod does not have
				}
				number = String.valueOf(resolved);
			}
			else {
				number = port.getPort().toString();
			}
			if (port.getEndPort() != null) {
				number += "-" + port.getEndPort();
			}
			described.add(number + "/" + protocol);
		}
		return described;
	}

	private static boolean sameNamespace(V1NetworkPolicy policy, Pod pod) {
		return java.util.Objects.equals(policy.getMetadata().getNamespace(), pod.namespace());
	}

	private static List<String> types(V1NetworkPolicy policy) {
		if (policy.getSpec().getPolicyTypes() != null && !policy.getSpec().getPolicyTypes().isEmpty()) {
			return policy.getSpec().getPolicyTypes();
		}
		// Kubernetes' default: Ingress, plus Egress when egress rules are given.
		return (policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty())
				? List.of("Ingress", "Egress") : List.of("Ingress");
	}

	private static <T> List<T> list(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
