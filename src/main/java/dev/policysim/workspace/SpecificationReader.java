package dev.policysim.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.parser.util.SwaggerDeserializer;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;

import dev.policysim.policy.Position;

/**
 * Reads the operations of an API from its {@code specification.yaml|yml|json}: OpenAPI 3 through
 * swagger-parser, Swagger 2 through swagger-parser's converter. The file is parsed into a tree
 * here (swagger-parser's own Jackson 2 mappers) so that a syntax error keeps its line and column,
 * which swagger-parser would only log. References are not resolved and nothing is fetched: only
 * operationIds, methods and paths are needed.
 */
final class SpecificationReader {

	private final LoadProblems problems;

	SpecificationReader(LoadProblems problems) {
		this.problems = problems;
	}

	/**
	 * The operations of a specification.
	 * @param path the file's path, for problems and positions
	 * @param text the file's text
	 * @return the operations in the file's path order; empty when the file cannot be read (then
	 * reported), an empty list when it declares no operations
	 */
	Optional<List<SpecOperation>> read(String path, String text) {
		Optional<OpenAPI> model = tree(path, text).flatMap((tree) -> model(path, tree));
		if (model.isEmpty()) {
			return Optional.empty();
		}
		if (model.get().getPaths() == null) {
			return Optional.of(List.of());
		}
		return Optional.of(operations(model.get(), new SpecPositions(text)));
	}

	private Optional<JsonNode> tree(String path, String text) {
		ObjectMapper mapper = text.stripLeading().startsWith("{") ? TreeMappers.JSON : TreeMappers.YAML;
		try {
			JsonNode tree = mapper.readTree(text);
			if (tree == null || !tree.isObject()) {
				this.problems.invalidFile(path, Position.START,
						"Not an OpenAPI or Swagger document: expected a mapping with \"openapi\" or \"swagger\".");
				return Optional.empty();
			}
			return Optional.of(tree);
		}
		catch (JacksonException ex) {
			String reason = ex.getOriginalMessage().lines().findFirst().orElse("unreadable").strip();
			this.problems.invalidFile(path, position(ex.getLocation()), "Not valid YAML or JSON: " + reason);
			return Optional.empty();
		}
	}

	private static Position position(JsonLocation location) {
		if (location == null) {
			return Position.START;
		}
		return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
	}

	private Optional<OpenAPI> model(String path, JsonNode tree) {
		if (!tree.has("openapi") && !tree.has("swagger")) {
			this.problems.invalidFile(path, Position.START,
					"Not an OpenAPI or Swagger document: it has neither \"openapi\" nor \"swagger\".");
			return Optional.empty();
		}
		SwaggerParseResult result;
		try {
			// OpenAPIDeserializer is what OpenAPIV3Parser.parseJsonNode runs; calling it directly skips
			// the parser's static mappers, which this tree does not need.
			ParseOptions options = options();
			result = tree.has("openapi") ? new OpenAPIDeserializer().deserialize(tree, null, options, options.isOaiAuthor())
					: new SwaggerConverter().convert(new SwaggerDeserializer().deserialize(tree));
		}
		catch (RuntimeException ex) {
			// swagger-parser is lenient but not total; one odd document must not stop the workspace
			this.problems.invalidFile(path, Position.START, "Not a readable OpenAPI or Swagger document: " + ex);
			return Optional.empty();
		}
		reportLostOperations(path, result.getMessages());
		if (result.getOpenAPI() == null) {
			this.problems.invalidFile(path, Position.START, "Not a readable OpenAPI or Swagger document: "
					+ String.join("; ", Optional.ofNullable(result.getMessages()).orElse(List.of())));
		}
		return Optional.ofNullable(result.getOpenAPI());
	}

	/**
	 * Plain Jackson 2 mappers for reading the tree: the same parsers swagger-core's {@code Json} and
	 * {@code Yaml} mappers use, without their modules and mix-ins, which only matter for binding
	 * models and take a good part of a command's start-up to set up. Created on first use.
	 */
	private static final class TreeMappers {

		static final ObjectMapper JSON = new ObjectMapper();

		static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

		private TreeMappers() {
		}

	}

	private static ParseOptions options() {
		ParseOptions options = new ParseOptions();
		options.setResolve(false);
		options.setResolveFully(false);
		options.setFlatten(false);
		options.setValidateInternalRefs(false);
		options.setValidateExternalRefs(false);
		options.setSafelyResolveURL(true);
		return options;
	}

	/** Swagger-parser drops a path or operation of the wrong type with a message; those lose operations. */
	private void reportLostOperations(String path, List<String> messages) {
		if (messages == null) {
			return;
		}
		for (String message : messages) {
			if (message.startsWith("attribute paths") && message.contains("is not of type")) {
				this.problems.invalidFile(path, Position.START, "An operation could not be read: " + message + ".");
			}
		}
	}

	private static List<SpecOperation> operations(OpenAPI model, SpecPositions positions) {
		List<SpecOperation> operations = new ArrayList<>();
		Set<String> derived = new HashSet<>();
		for (Map.Entry<String, PathItem> path : model.getPaths().entrySet()) {
			String template = path.getKey();
			path.getValue().readOperationsMap().forEach((method, operation) -> {
				String verb = method.name().toUpperCase(Locale.ROOT);
				String operationId = Optional.ofNullable(operation.getOperationId()).orElse("").strip();
				if (!operationId.isEmpty()) {
					Position position = positions.ofOperationId(operationId).orElseGet(() -> positions.ofPath(template));
					operations.add(new SpecOperation(operationId, verb, template, position));
					return;
				}
				String name = unique(OperationNames.derive(verb, template), derived);
				operations.add(new SpecOperation(name, verb, template, positions.ofPath(template)));
			});
		}
		return operations;
	}

	/** APIM's de-duplication suffix for derived names: {@code -1}, {@code -2}, ... */
	private static String unique(String name, Set<String> taken) {
		String candidate = name;
		for (int suffix = 1; !taken.add(candidate); suffix++) {
			candidate = name + "-" + suffix;
		}
		return candidate;
	}

}
