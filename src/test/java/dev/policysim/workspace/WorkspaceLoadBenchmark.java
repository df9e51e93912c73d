package dev.policysim.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long loading a large workspace takes: 500 APIs with a 20-operation OpenAPI 3 specification,
 * an API policy and 5 operation policies each (the foundation's budget is 2 s for loading and
 * flattening all of it), and one specification alone, which is swagger-parser's share.
 * Run with {@code java -cp target/test-classes:<test classpath> org.openjdk.jmh.Main WorkspaceLoadBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkspaceLoadBenchmark {

	static final int APIS = 500;

	static final int OPERATIONS = 20;

	private final WorkspaceReader reader = new WorkspaceReader();

	private WorkspaceFiles files = WorkspaceFiles.of(Map.of());

	private String spec = "";

	@Setup
	public void setUp() {
		this.spec = specification("api0");
		this.files = workspace();
	}

	@Benchmark
	public Workspace loadWorkspace() {
		return this.reader.read(this.files);
	}

	@Benchmark
	public Optional<List<SpecOperation>> parseOneSpecification() {
		return new SpecificationReader(new LoadProblems()).read("apis/api0/specification.yaml", this.spec);
	}

	static WorkspaceFiles workspace() {
		Map<String, byte[]> files = new TreeMap<>();
		files.put("policy.xml", WorkspaceReaderTests.policy());
		for (int a = 0; a < APIS; a++) {
			String api = "apis/api" + a;
			files.put(api + "/apiInformation.json", TestWorkspaces.utf8(
					"{\"properties\": {\"displayName\": \"API " + a + "\", \"path\": \"api" + a + "\"}}"));
			files.put(api + "/specification.yaml", TestWorkspaces.utf8(specification("api" + a)));
			files.put(api + "/policy.xml", WorkspaceReaderTests.policy());
			for (int o = 0; o < 5; o++) {
				files.put(api + "/operations/get-item" + o + "/policy.xml", WorkspaceReaderTests.policy());
			}
		}
		return WorkspaceFiles.of(files);
	}

	static String specification(String title) {
		StringBuilder spec = new StringBuilder("""
				openapi: 3.0.1
				info:
				  title: %s
				  version: '1.0'
				servers:
				  - url: https://contoso.azure-api.net/%s
				paths:
				""".formatted(title, title));
		for (int o = 0; o < OPERATIONS; o++) {
			spec.append("""
					  /items%d/{id}:
					    get:
					      summary: Get item %d
					      operationId: get-item%d
					      parameters:
					        - name: id
					          in: path
					          required: true
					          schema:
					            type: string
					      responses:
					        '200':
					          description: OK
					          content:
					            application/json:
					              schema:
					                $ref: '#/components/schemas/Item'
					""".formatted(o, o, o));
		}
		spec.append("""
				components:
				  schemas:
				    Item:
				      type: object
				      properties:
				        id:
				          type: string
				""");
		return spec.toString();
	}

}
