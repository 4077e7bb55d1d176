package io.repwise.e2e.faults;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests made from one service's OpenAPI document, for every operation in it: each
 * path, query and body value replaced by what a careless or malicious client sends (the wrong
 * type, missing and unknown fields, huge and negative numbers, over-long strings, bad UUIDs,
 * unicode edge cases, deep nesting, a body over 1 MB), with a valid token of the attacker's own.
 * The token attacks and another user's ids are made by the caller (they need tokens).
 */
final class HostileRequests {

	/** One request to send: what it tries, and the request itself. */
	record Attack(String kind, String operation, String method, String path, String contentType, String body,
			Token token) {
	}

	/** Which credential an attack carries; the caller maps it to a real header. */
	enum Token {
		OWN, NONE
	}

	/** One operation of a document: {@code GET /api/v1/workouts/{id}} and its description. */
	record Operation(String method, String template, JsonNode definition) {

		String name() {
			return this.method + " " + this.template;
		}

		boolean hasBody() {
			return this.definition.has("requestBody");
		}

	}

	static final String LONG = "x".repeat(5000);

	/** Strings that break naive code: NUL, an unpaired surrogate, right-to-left override, emoji, SQL and HTML. */
	static final List<String> NASTY_STRINGS = List.of("\u0000", "\ud800", "\u202Egnp.exe", "💪🏽‍♀️", "' OR 1=1 --",
			"<script>alert(1)</script>", "../../../etc/passwd", LONG);

	/** Path or query text that is not a valid value of any kind (percent-encoded where it must be). */
	static final List<String> NASTY_SEGMENTS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "-1",
			"99999999999999999999999", "1e309", "%00", "%ED%A0%80", "%E2%80%AEx", "%F0%9F%92%AA", "..%2F..%2Finternal",
			"x".repeat(3000));

	private final JsonNode document;

	HostileRequests(JsonNode document) {
		this.document = document;
	}

	/** The document's operations whose path starts with {@code prefix} (what the gateway routes). */
	List<Operation> operations(String prefix) {
		List<Operation> operations = new ArrayList<>();
		this.document.get("paths").properties().forEach((path) -> {
			if (path.getKey().startsWith(prefix)) {
				path.getValue().properties().forEach((operation) -> operations
					.add(new Operation(operation.getKey().toUpperCase(), path.getKey(), operation.getValue())));
			}
		});
		return operations;
	}

	/**
	 * Every hostile variant of one operation, sent with the attacker's own valid token unless
	 * said otherwise; {@code ids} fills path parameters for the variants that spoil something else.
	 */
	List<Attack> attacks(Operation operation, Function<String, String> ids) {
		List<Attack> attacks = new ArrayList<>();
		String valid = fill(operation.template(), ids);
		JsonNode body = operation.hasBody() ? exampleBody(operation) : null;
		String validBody = (body != null) ? body.toString() : null;
		for (String name : parameters(operation, "path")) {
			for (String segment : NASTY_SEGMENTS) {
				String path = fill(operation.template().replace("{" + name + "}", segment), ids);
				attacks.add(new Attack("path " + name, operation.name(), operation.method(), path, "application/json",
						validBody, Token.OWN));
			}
		}
		for (Map.Entry<String, JsonNode> parameter : parameterDefinitions(operation, "query").entrySet()) {
			List<String> values = new ArrayList<>(NASTY_SEGMENTS);
			NASTY_STRINGS.forEach((value) -> values.add(URLEncoder.encode(value, StandardCharsets.UTF_8)));
			values.add("");
			for (String value : values) {
				attacks.add(new Attack("query " + parameter.getKey(), operation.name(), operation.method(),
						valid + "?" + parameter.getKey() + "=" + value, "application/json", validBody, Token.OWN));
			}
			attacks.add(new Attack("query " + parameter.getKey() + " twice", operation.name(), operation.method(),
					valid + "?" + parameter.getKey() + "=1&" + parameter.getKey() + "=abc", "application/json", validBody,
					Token.OWN));
		}
		if (body != null) {
			for (String hostile : hostileBodies(body)) {
				attacks.add(new Attack("body", operation.name(), operation.method(), valid, "application/json", hostile,
						Token.OWN));
			}
			attacks.add(new Attack("body as text/plain", operation.name(), operation.method(), valid, "text/plain",
					validBody, Token.OWN));
			attacks.add(new Attack("body as XML", operation.name(), operation.method(), valid, "application/xml",
					"<a>1</a>", Token.OWN));
		}
		else if (!operation.method().equals("GET")) {
			attacks.add(new Attack("unexpected body", operation.name(), operation.method(), valid, "application/json",
					"{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}", Token.OWN));
		}
		attacks.add(new Attack("no token", operation.name(), operation.method(), valid, "application/json", validBody,
				Token.NONE));
		return attacks;
	}

	/** Bodies built from a valid one: each field spoilt in turn, then the whole body. */
	List<String> hostileBodies(JsonNode valid) {
		List<String> bodies = new ArrayList<>();
		if (valid instanceof ObjectNode object) {
			spoilt(object).forEach((body) -> bodies.add(body.toString()));
		}
		bodies.add("{}");
		bodies.add("[]");
		bodies.add("null");
		bodies.add("\"text\"");
		bodies.add("{\"unterminated\": ");
		bodies.add("{\"a\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
		bodies.add("{\"a\":\"" + "x".repeat(1_100_000) + "\"}");
		bodies.add("{\"a\":1,\"a\":2}");
		return bodies;
	}

	/**
	 * The object with each field in turn given a hostile value or left out, the same inside the
	 * first element of each array of objects, and with fields it does not have (a client trying
	 * to set its owner or its role).
	 */
	private List<ObjectNode> spoilt(ObjectNode object) {
		List<ObjectNode> spoilt = new ArrayList<>();
		for (String field : List.copyOf(object.propertyNames())) {
			for (JsonNode value : hostileValues()) {
				ObjectNode changed = object.deepCopy();
				changed.set(field, value);
				spoilt.add(changed);
			}
			ObjectNode missing = object.deepCopy();
			missing.remove(field);
			spoilt.add(missing);
			if (object.get(field) instanceof ArrayNode array && !array.isEmpty()
					&& array.get(0) instanceof ObjectNode element) {
				for (ObjectNode inner : spoilt(element)) {
					ObjectNode withInner = object.deepCopy();
					withInner.putArray(field).add(inner);
					spoilt.add(withInner);
				}
			}
		}
		ObjectNode unknown = object.deepCopy();
		unknown.put("isAdmin", true);
		unknown.put("ownerId", UUID.randomUUID().toString());
		spoilt.add(unknown);
		return spoilt;
	}

	private static List<JsonNode> hostileValues() {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		List<JsonNode> values = new ArrayList<>();
		values.add(nodes.nullNode());
		values.add(nodes.textNode("abc"));
		values.add(nodes.numberNode(-1));
		values.add(nodes.numberNode(2147483648L));
		values.add(nodes.numberNode(new BigDecimal("1e400")));
		values.add(nodes.numberNode(1.5));
		values.add(nodes.booleanNode(true));
		values.add(nodes.arrayNode().add(1));
		values.add(nodes.objectNode().put("a", 1));
		values.add(nodes.textNode("2026-13-45T25:61:00Z"));
		for (String nasty : NASTY_STRINGS) {
			values.add(nodes.textNode(nasty));
		}
		return values;
	}

	/** A body that follows the operation's schema: every property given a plausible value. */
	JsonNode exampleBody(Operation operation) {
		JsonNode content = operation.definition().path("requestBody").path("content");
		JsonNode schema = content.path("application/json").path("schema");
		if (schema.isMissingNode()) {
			Iterator<JsonNode> any = content.values().iterator();
			schema = any.hasNext() ? any.next().path("schema") : schema;
		}
		return example(schema, 0);
	}

	private JsonNode example(JsonNode schema, int depth) {
		JsonNodeFactory nodes = JsonNodeFactory.instance;
		schema = resolve(schema);
		if (depth > 6 || schema.isMissingNode()) {
			return nodes.nullNode();
		}
		if (schema.has("enum")) {
			return schema.get("enum").get(0);
		}
		String type = type(schema);
		String format = schema.path("format").asString("");
		switch (type) {
			case "object": {
				ObjectNode object = nodes.objectNode();
				schema.path("properties").properties().forEach((property) -> object.set(property.getKey(),
						example(property.getValue(), depth + 1)));
				return object;
			}
			case "array":
				return nodes.arrayNode().add(example(schema.path("items"), depth + 1));
			case "integer":
				return nodes.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
			case "number":
				return nodes.numberNode(Math.max(1.0, schema.path("minimum").asDouble(1.0)));
			case "boolean":
				return nodes.booleanNode(false);
			default:
				return switch (format) {
					case "uuid" -> nodes.textNode(UUID.randomUUID().toString());
					case "date-time" -> nodes.textNode("2026-01-01T10:00:00Z");
					case "date" -> nodes.textNode("2026-01-01");
					case "email" -> nodes.textNode("hostile-" + UUID.randomUUID() + "@example.com");
					default -> nodes.textNode("a long enough text");
				};
		}
	}

	/** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode one : type) {
				if (!"null".equals(one.asString())) {
					return one.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "string";
	}

	private JsonNode resolve(JsonNode schema) {
		for (int hops = 0; schema.has("$ref") && hops < 10; hops++) {
			String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
			schema = this.document.path("components").path("schemas").path(name);
		}
		if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
			JsonNode first = schema.has("allOf") ? schema.get("allOf") : schema.has("oneOf") ? schema.get("oneOf")
					: schema.get("anyOf");
			for (JsonNode candidate : first) {
				JsonNode resolved = resolve(candidate);
				if (!"null".equals(resolved.path("type").asString(""))) {
					return resolved;
				}
			}
		}
		return schema;
	}

	static List<String> parameters(Operation operation, String in) {
		return List.copyOf(parameterDefinitions(operation, in).keySet());
	}

	private static Map<String, JsonNode> parameterDefinitions(Operation operation, String in) {
		Map<String, JsonNode> parameters = new LinkedHashMap<>();
		for (JsonNode parameter : operation.definition().path("parameters")) {
			if (in.equals(parameter.path("in").asString())) {
				parameters.put(parameter.path("name").asString(), parameter);
			}
		}
		return parameters;
	}

	/** The template with every remaining {@code {name}} filled by {@code ids}. */
	static String fill(String template, Function<String, String> ids) {
		String path = template;
		int open;
		while ((open = path.indexOf('{')) >= 0) {
			int close = path.indexOf('}', open);
			path = path.substring(0, open) + ids.apply(path.substring(0, open)) + path.substring(close + 1);
		}
		return path;
	}

}
