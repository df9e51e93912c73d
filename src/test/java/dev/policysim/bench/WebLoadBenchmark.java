package dev.policysim.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.policysim.PolicySimulatorApplication;
import dev.policysim.workspace.ArchiveLimits;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceReader;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load test of the web application (issue 7): many concurrent {@code POST /api/v1/simulations} of
 * a sample workspace with its scenario, then many concurrent {@code GET /s/{id}} of the permalinks
 * they saved, from 32 clients on {@link HttpClient}; prints throughput and p50/p99 latency. Not a
 * JMH benchmark (it measures a server under load) and never run by the test suite. Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=dev.policysim.bench.WebLoadBenchmark} to start the app
 * in this JVM on a random port (file database under {@code target/bench-data}), or add
 * {@code -Dbench=http://host:8080} to load a running server instead.
 */
public final class WebLoadBenchmark {

	static final int CLIENTS = 32;

	static final String SAMPLE = "03-rate-limit-before-cors";

	static final String BOUNDARY = "----policysim-load";

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9A-Za-z]+)\"");

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/** The ids of the permalinks the simulations saved. */
	private final ConcurrentLinkedQueue<String> saved = new ConcurrentLinkedQueue<>();

	private final String base;

	private WebLoadBenchmark(String base) {
		this.base = base;
	}

	public static void main(String[] args) throws Exception {
		boolean external = args.length > 0 && args[0].startsWith("http");
		ConfigurableApplicationContext app = external ? null : start();
		String base = external ? args[0] : "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		try {
			new WebLoadBenchmark(base).run(System.out);
		}
		finally {
			if (app != null) {
				app.close();
			}
		}
	}

	private static ConfigurableApplicationContext start() {
		return SpringApplication.run(PolicySimulatorApplication.class, "--server.port=0",
				"--policysim.data-dir=./target/bench-data", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
	}

	private void run(PrintStream out) throws Exception {
		byte[] body = simulationBody();
		out.printf("target %s, %d clients, sample %s%n", this.base, CLIENTS, SAMPLE);
		// warm-up: class loading, JIT, connection pools, Hibernate
		load(400, (i) -> simulate(body));
		List<String> warm = List.copyOf(this.saved);
		load(2_000, (i) -> page(warm));
		// one client first: the service time without queueing, for reading the 32-client figures
		report(out, "POST simulations, 1 client", load(200, 1, (i) -> simulate(body)));
		report(out, "POST /api/v1/simulations", load(3_000, (i) -> simulate(body)));
		List<String> ids = List.copyOf(this.saved);
		report(out, "GET /s/{id}, 1 client", load(1_000, 1, (i) -> page(ids)));
		report(out, "GET /s/{id}", load(20_000, (i) -> page(ids)));
		out.printf("permalinks saved: %d%n", ids.size());
	}

	private HttpRequest simulate(byte[] body) {
		return HttpRequest.newBuilder(URI.create(this.base + "/api/v1/simulations"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private HttpRequest page(List<String> ids) {
		String id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
		return HttpRequest.newBuilder(URI.create(this.base + "/s/" + id)).GET().build();
	}

	private Result load(int count, IntFunction<HttpRequest> requests) throws Exception {
		return load(count, CLIENTS, requests);
	}

	/** Sends {@code count} requests from as many clients as given; answers latencies in nanoseconds and the wall time. */
	private Result load(int count, int concurrency, IntFunction<HttpRequest> requests) throws Exception {
		long[] latencies = new long[count];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failures = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(concurrency);
		long start = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int c = 0; c < concurrency; c++) {
			running.add(clients.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					latencies[i] = send(requests.apply(i), failures);
				}
				return null;
			}));
		}
		for (Future<?> client : running) {
			client.get();
		}
		long wall = System.nanoTime() - start;
		clients.shutdown();
		return new Result(latencies, wall, failures.get());
	}

	private long send(HttpRequest request, AtomicInteger failures) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
		long took = System.nanoTime() - start;
		if (response.statusCode() >= 300) {
			failures.incrementAndGet();
		}
		else if (request.method().equals("POST")) {
			Matcher id = ID.matcher(response.body());
			if (id.find()) {
				this.saved.add(id.group(1));
			}
		}
		return took;
	}

	private static void report(PrintStream out, String name, Result result) {
		long[] sorted = result.latencies().clone();
		Arrays.sort(sorted);
		out.printf("%-26s %6d requests in %5.1f s: %7.1f /s, p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms, failures %d%n", name,
				sorted.length, result.wallNanos() / 1e9, sorted.length / (result.wallNanos() / 1e9),
				ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)), ms(sorted[sorted.length - 1]),
				result.failures());
	}

	private static long percentile(long[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static byte[] simulationBody() throws Exception {
		WorkspaceFiles files = WorkspaceReader.files(Path.of("sample-policies", SAMPLE), ArchiveLimits.DEFAULTS);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, "workspace", "workspace.zip", "application/zip", files.toZip());
		part(body, "scenario", "scenario.json", "application/json", files.content("scenario.json").orElseThrow());
		body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return body.toByteArray();
	}

	private static void part(ByteArrayOutputStream body, String name, String fileName, String type, byte[] content) {
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(content);
		body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * @param latencies each request's latency in nanoseconds
	 * @param wallNanos the whole run's wall time
	 * @param failures answers with a status of 300 or more
	 */
	private record Result(long[] latencies, long wallNanos, int failures) {
	}

}
