package io.repwise.deploycheck;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * Checks Kubernetes objects against the Kubernetes API schema, offline.
 *
 * <p>The schema is the official Java client's model classes ({@code io.kubernetes:client-java-api}),
 * which openapi-generator produces from the Kubernetes OpenAPI document of that release. For each
 * object, walking the model types from the object's kind down:
 * <ul>
 * <li>every field must be a property of its model (its {@code @SerializedName}s and
 * {@code openapiFields}): an unknown or misspelt field is an error;</li>
 * <li>every property listed in the model's {@code openapiRequiredFields} must be present;</li>
 * <li>every value must have its property's type: string, integer (no fractions, no quoted
 * numbers), boolean (no "yes" strings), quantity (parsed by the client's {@code Quantity}),
 * int-or-string, date-time, base64 bytes, list, map or nested object;</li>
 * <li>the generated {@code validateJsonElement} of the kind's model runs as well, and the client's
 * own Gson adapters must deserialize the object.</li>
 * </ul>
 * On top of the OpenAPI types, a few value rules the API server enforces (the enumerations the
 * OpenAPI document only describes in prose, DNS names, label syntax) are checked in
 * {@link #apiServerRules}. Only the API versions and kinds this suite deploys are accepted; any
 * other apiVersion/kind (a typo, a removed beta API) is an error.
 */
final class KubernetesSchema {

	static final Map<String, Class<?>> MODELS = Map.ofEntries(Map.entry("v1/ConfigMap", V1ConfigMap.class),
			Map.entry("v1/Secret", V1Secret.class), Map.entry("v1/Service", V1Service.class),
			Map.entry("v1/ServiceAccount", V1ServiceAccount.class), Map.entry("v1/Namespace", V1Namespace.class),
			Map.entry("v1/PersistentVolumeClaim", V1PersistentVolumeClaim.class),
			Map.entry("apps/v1/Deployment", V1Deployment.class), Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
			Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class),
			Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
			Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class),
			Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class));

	/**
	 * String properties whose allowed values the API server fixes but the OpenAPI models leave as
	 * plain strings ("Model.property" to values).
	 */
	private static final Map<String, Set<String>> ENUMERATIONS = Map.ofEntries(
			Map.entry("V1Container.imagePullPolicy", Set.of("Always", "IfNotPresent", "Never")),
			Map.entry("V1ContainerPort.protocol", Set.of("TCP", "UDP", "SCTP")),
			Map.entry("V1ServicePort.protocol", Set.of("TCP", "UDP", "SCTP")),
			Map.entry("V1NetworkPolicyPort.protocol", Set.of("TCP", "UDP", "SCTP")),
			Map.entry("V1ServiceSpec.type", Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
			Map.entry("V1HTTPIngressPath.pathType", Set.of("Exact", "Prefix", "ImplementationSpecific")),
			Map.entry("V1NetworkPolicySpec.policyTypes", Set.of("Ingress", "Egress")),
			Map.entry("V1LabelSelectorRequirement.operator", Set.of("In", "NotIn", "Exists", "DoesNotExist")),
			Map.entry("V1SeccompProfile.type", Set.of("RuntimeDefault", "Localhost", "Unconfined")),
			Map.entry("V1DeploymentStrategy.type", Set.of("RollingUpdate", "Recreate")),
			Map.entry("V1PersistentVolumeClaimSpec.accessModes",
					Set.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod")),
			Map.entry("V2MetricSpec.type", Set.of("Resource", "Pods", "Object", "External", "ContainerResource")),
			Map.entry("V2MetricTarget.type", Set.of("Utilization", "Value", "AverageValue")),
			Map.entry("V1Capabilities.drop", Set.of("ALL", "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
					"FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP",
					"SETUID", "SYS_CHROOT")));

	private static final String MODEL_PACKAGE = "io.kubernetes.client.openapi.models";

	private static final Map<Class<?>, Map<String, Field>> PROPERTIES = new ConcurrentHashMap<>();

	private static final Gson GSON = new Gson();

	private KubernetesSchema() {
	}

	/** Schema violations of one object, each with the path of the offending field. */
	static List<String> violations(Map<String, Object> object) {
		List<String> violations = new ArrayList<>();
		String gvk = object.get("apiVersion") + "/" + object.get("kind");
		Class<?> model = MODELS.get(gvk);
		String where = gvk + " " + Kustomize.get(object, "metadata", "name");
		if (model == null) {
			violations.add(where + ": apiVersion/kind is not one this suite deploys (" + MODELS.keySet() + ")");
			return violations;
		}
		JsonElement json = GSON.toJsonTree(object);
		check(json, model, "", violations);
		if (violations.isEmpty()) {
			try {
				model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
				JSON.deserialize(json.toString(), model);
			}
			catch (InvocationTargetException ex) {
				violations.add(": " + ex.getCause().getMessage());
			}
			catch (ReflectiveOperationException | RuntimeException ex) {
				violations.add(": " + ex.getMessage());
			}
		}
		if (violations.isEmpty()) {
			apiServerRules(object, violations);
		}
		return violations.stream().map((violation) -> where + violation).toList();
	}

	/** The object as the client's typed model (after {@link #violations} found nothing). */
	static <T> T typed(Map<String, Object> object, Class<T> model) {
		return JSON.deserialize(GSON.toJson(object), model);
	}

	// --- OpenAPI types -----------------------------------------------------------------------------

	private static void check(JsonElement value, Type type, String path, List<String> violations) {
		if (value == null || value.isJsonNull()) {
			return; // null is "not set" to the API server
		}
		Class<?> raw = rawClass(type);
		if (raw == String.class) {
			expect(isString(value), value, "a string", path, violations);
		}
		else if (raw == Integer.class || raw == Long.class) {
			expect(isInteger(value), value, "an integer", path, violations);
		}
		else if (raw == Boolean.class) {
			expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean(), value, "a boolean", path,
					violations);
		}
		else if (raw == Double.class || raw == Float.class || raw == BigDecimal.class) {
			expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber(), value, "a number", path,
					violations);
		}
		else if (raw == Quantity.class) {
			if (isString(value)) {
				try {
					Quantity.fromString(value.getAsString());
				}
				catch (RuntimeException ex) {
					violations.add(path + ": '" + value.getAsString() + "' is not a quantity (" + ex.getMessage() + ")");
				}
			}
			else {
				expect(value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber(), value, "a quantity", path,
						violations);
			}
		}
		else if (raw == IntOrString.class) {
			expect(isString(value) || isInteger(value), value, "an integer or a string", path, violations);
		}
		else if (raw == OffsetDateTime.class) {
			expect(isString(value), value, "a date-time string", path, violations);
		}
		else if (raw == byte[].class) {
			if (expect(isString(value), value, "a base64 string", path, violations)) {
				try {
					Base64.getDecoder().decode(value.getAsString());
				}
				catch (IllegalArgumentException ex) {
					violations.add(path + ": not base64 (" + ex.getMessage() + ")");
				}
			}
		}
		else if (raw == Object.class) {
			// free-form (x-kubernetes-preserve-unknown-fields)
		}
		else if (List.class.isAssignableFrom(raw)) {
			if (expect(value.isJsonArray(), value, "a list", path, violations)) {
				Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
				JsonArray array = value.getAsJsonArray();
				for (int i = 0; i < array.size(); i++) {
					check(array.get(i), item, path + "[" + i + "]", violations);
				}
			}
		}
		else if (Map.class.isAssignableFrom(raw)) {
			if (expect(value.isJsonObject(), value, "a map", path, violations)) {
				Type item = ((ParameterizedType) type).getActualTypeArguments()[1];
				for (Map.Entry<String, JsonElement> entry : value.getAsJsonObject().entrySet()) {
					check(entry.getValue(), item, path + "." + entry.getKey(), violations);
				}
			}
		}
		else if (raw.getPackageName().equals(MODEL_PACKAGE)) {
			checkModel(value, raw, path, violations);
		}
		else {
			violations.add(path + ": no schema rule for properties of type " + type.getTypeName());
		}
	}

	private static void checkModel(JsonElement value, Class<?> model, String path, List<String> violations) {
		if (!expect(value.isJsonObject(), value, "an object (" + model.getSimpleName() + ")", path, violations)) {
			return;
		}
		JsonObject object = value.getAsJsonObject();
		Map<String, Field> properties = properties(model);
		for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
			String fieldPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
			Field field = properties.get(entry.getKey());
			if (field == null) {
				violations.add(fieldPath + ": unknown field (not a property of " + model.getSimpleName() + ")");
				continue;
			}
			check(entry.getValue(), field.getGenericType(), fieldPath, violations);
			Set<String> allowed = ENUMERATIONS.get(model.getSimpleName() + "." + entry.getKey());
			if (allowed != null) {
				List<JsonElement> values = new ArrayList<>();
				if (entry.getValue().isJsonArray()) {
					entry.getValue().getAsJsonArray().forEach(values::add);
				}
				else {
					values.add(entry.getValue());
				}
				for (JsonElement item : values) {
					if (isString(item) && !allowed.contains(item.getAsString())) {
						violations.add(fieldPath + ": '" + item.getAsString() + "' is not one of " + allowed);
					}
				}
			}
		}
		for (String required : requiredProperties(model)) {
			if (!object.has(required) || object.get(required).isJsonNull()) {
				violations.add((path.isEmpty() ? "" : path + ".") + required + ": required field is missing (in "
						+ model.getSimpleName() + ")");
			}
		}
	}

	private static Map<String, Field> properties(Class<?> model) {
		return PROPERTIES.computeIfAbsent(model, (type) -> {
			Map<String, Field> properties = new LinkedHashMap<>();
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					SerializedName name = field.getAnnotation(SerializedName.class);
					if (name != null && !Modifier.isStatic(field.getModifiers())) {
						properties.putIfAbsent(name.value(), field);
					}
				}
			}
			Set<String> declared = staticSet(type, "openapiFields");
			if (!declared.equals(properties.keySet())) {
				throw new IllegalStateException(type + ": properties " + properties.keySet()
						+ " differ from openapiFields " + declared);
			}
			return properties;
		});
	}

	private static Set<String> requiredProperties(Class<?> model) {
		return staticSet(model, "openapiRequiredFields");
	}

	@SuppressWarnings("unchecked")
	private static Set<String> staticSet(Class<?> model, String name) {
		try {
			return Set.copyOf((Set<String>) model.getField(name).get(null));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(model + " has no " + name, ex);
		}
	}

	private static Class<?> rawClass(Type type) {
		if (type instanceof Class<?> c) {
			return c;
		}
		if (type instanceof ParameterizedType p) {
			return (Class<?>) p.getRawType();
		}
		throw new IllegalStateException("Unexpected property type " + type);
	}

	private static boolean isString(JsonElement value) {
		return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
	}

	private static boolean isInteger(JsonElement value) {
		if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			return false;
		}
		Number number = value.getAsNumber();
		return number instanceof Integer || number instanceof Long || number instanceof BigInteger
				|| number instanceof Short || number instanceof Byte;
	}

	private static boolean expect(boolean ok, JsonElement value, String what, String path, List<String> violations) {
		if (!ok) {
			violations.add(path + ": expected " + what + ", got " + describe(value));
		}
		return ok;
	}

	private static String describe(JsonElement value) {
		if (value.isJsonObject()) {
			return "an object";
		}
		if (value.isJsonArray()) {
			return "a list";
		}
		JsonPrimitive primitive = value.getAsJsonPrimitive();
		String kind = primitive.isString() ? "string" : primitive.isBoolean() ? "boolean" : "number";
		return kind + " " + primitive;
	}

	// --- what the API server checks beyond the OpenAPI types ----------------------------------------

	private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

	private static final String DNS_SUBDOMAIN = DNS_LABEL + "(\\." + DNS_LABEL + ")*";

	private static final String LABEL_VALUE = "(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";

	private static final String LABEL_NAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";

	private static final String IANA_SERVICE_NAME = "(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*";

	private static final String CONFIG_KEY = "[-._a-zA-Z0-9]+";

	@SuppressWarnings("unchecked")
	private static void apiServerRules(Map<String, Object> object, List<String> violations) {
		String kind = (String) object.get("kind");
		Map<String, Object> metadata = (Map<String, Object>) object.get("metadata");
		String name = (String) metadata.get("name");
		boolean label = Set.of("Namespace", "Service").contains(kind);
		if (name == null || !name.matches(label ? DNS_LABEL : DNS_SUBDOMAIN) || name.length() > (label ? 63 : 253)) {
			violations.add(": metadata.name '" + name + "' is not a DNS-1123 " + (label ? "label" : "subdomain"));
		}
		if (metadata.get("labels") instanceof Map<?, ?> labels) {
			labels.forEach((key, value) -> {
				String k = String.valueOf(key);
				String labelName = k.contains("/") ? k.substring(k.indexOf('/') + 1) : k;
				String prefix = k.contains("/") ? k.substring(0, k.indexOf('/')) : null;
				if (!labelName.matches(LABEL_NAME) || labelName.length() > 63
						|| (prefix != null && !prefix.matches(DNS_SUBDOMAIN))) {
					violations.add(": label key '" + k + "' is not a qualified name");
				}
				if (!(value instanceof String v) || !v.matches(LABEL_VALUE) || v.length() > 63) {
					violations.add(": label " + k + " has an invalid value '" + value + "'");
				}
			});
		}
		for (String dataField : List.of("data", "stringData", "binaryData")) {
			if (Set.of("ConfigMap", "Secret").contains(kind) && object.get(dataField) instanceof Map<?, ?> data) {
				data.keySet().forEach((key) -> {
					if (!String.valueOf(key).matches(CONFIG_KEY)) {
						violations.add(": " + dataField + " key '" + key + "' is not a valid key");
					}
				});
			}
		}
		Object selector = Kustomize.get(object, "spec", "selector", "matchLabels");
		Object templateLabels = Kustomize.get(object, "spec", "template", "metadata", "labels");
		if (Set.of("Deployment", "StatefulSet").contains(kind) && selector instanceof Map<?, ?> wanted) {
			wanted.forEach((key, value) -> {
				if (!(templateLabels instanceof Map<?, ?> have) || !value.equals(have.get(key))) {
					violations.add(": spec.selector does not match the pod template's labels (" + key + ")");
				}
			});
		}
		for (Map<String, Object> container : Kustomize.containers(object)) {
			Object containerName = container.get("name");
			if (!(containerName instanceof String n) || !n.matches(DNS_LABEL) || n.length() > 63) {
				violations.add(": container name '" + containerName + "' is not a DNS-1123 label");
			}
			if (container.get("ports") instanceof List<?> ports) {
				for (Object port : ports) {
					if (Kustomize.get(port, "name") instanceof String portName && !portName.matches(IANA_SERVICE_NAME)) {
						violations.add(": container port name '" + portName + "' is not an IANA service name");
					}
				}
			}
		}
		if ("Service".equals(kind) && Kustomize.get(object, "spec", "ports") instanceof List<?> ports) {
			for (Object port : ports) {
				if (Kustomize.get(port, "name") instanceof String portName && !portName.matches(DNS_LABEL)) {
					violations.add(": service port name '" + portName + "' is not a DNS-1123 label");
				}
			}
		}
	}

}
