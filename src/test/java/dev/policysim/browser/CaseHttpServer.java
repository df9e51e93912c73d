package dev.policysim.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;
import dev.policysim.http.HttpRequest;
import dev.policysim.http.HttpResponse;

/**
 * The local server of the differential tests. {@code /page.html} on any host is the page that
 * makes the requests; {@code /<run>/<case>/…} answers with the case's recorded responses (the same
 * {@link Server} the model asks) and logs each request as the model's {@link VerdictView} does.
 */
final class CaseHttpServer implements AutoCloseable {

	private static final byte[] PAGE = "<!doctype html><title>page</title><p>differential CORS tests</p>"
		.getBytes(StandardCharsets.UTF_8);

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final Map<String, Server> cases = new ConcurrentHashMap<>();

	private final Map<String, List<String>> log = new ConcurrentHashMap<>();

	CaseHttpServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", this::handle);
		this.server.setExecutor(this.executor);
		this.server.start();
	}

	int port() {
		return this.server.getAddress().getPort();
	}

	void serve(String caseId, Server answers) {
		this.cases.put(caseId, answers);
		this.log.put(caseId, new CopyOnWriteArrayList<>());
	}

	/** The requests that reached the server for a case, in order. */
	List<String> requests(String caseId) {
		return List.copyOf(this.log.getOrDefault(caseId, List.of()));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getRawPath();
			if (path.equals("/page.html")) {
				exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, PAGE.length);
				exchange.getResponseBody().write(PAGE);
				return;
			}
			String[] segments = path.split("/");
			Server answers = (segments.length > 2) ? this.cases.get(segments[2]) : null;
			if (answers == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			HttpRequest request = toRequest(exchange);
			this.log.get(segments[2]).add(VerdictView.describe(request));
			write(exchange, answers.answer(request));
		}
	}

	private static HttpRequest toRequest(HttpExchange exchange) throws IOException {
		List<HttpHeader> lines = new ArrayList<>();
		exchange.getRequestHeaders().forEach((name, values) -> values.forEach((value) -> lines.add(new HttpHeader(name, value))));
		String url = "http://" + exchange.getRequestHeaders().getFirst("Host") + exchange.getRequestURI().toString();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
		return new HttpRequest(exchange.getRequestMethod(), url, new HttpHeaders(lines), body);
	}

	private static void write(HttpExchange exchange, HttpResponse response) throws IOException {
		response.headers().entries().forEach((line) -> exchange.getResponseHeaders().add(line.name(), line.value()));
		byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
		boolean noBody = body.length == 0 || exchange.getRequestMethod().equals("HEAD") || response.status() == 204
				|| response.status() == 304;
		exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
		if (!noBody) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

}
