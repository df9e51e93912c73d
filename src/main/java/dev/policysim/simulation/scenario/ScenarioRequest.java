package dev.policysim.simulation.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.policysim.browser.BrowserRequest;
import dev.policysim.browser.CredentialsMode;
import dev.policysim.browser.Origin;
import dev.policysim.browser.Outcome;
import dev.policysim.gateway.MockBackend;
import dev.policysim.http.HttpHeaders;

/**
 * One request of a scenario, with every default of formats.md §2 filled in.
 *
 * @param index its place in the scenario, from 0
 * @param name its name in reports
 * @param page the origin of the page that makes it
 * @param method the method as given to {@code fetch}, case kept
 * @param url the absolute URL, on the scenario's gateway
 * @param headers the headers the script sets
 * @param body the body; empty for none
 * @param credentials the credentials mode
 * @param clientIp the caller's IP address as the gateway sees it
 * @param read the response headers the script reads
 * @param at when it is first sent, from the start of the scenario clock
 * @param repeat how many times it is sent, at least 1
 * @param interval the time between two sends
 * @param expect the outcome the user expects; empty when none is stated
 * @param backend what the backend answers this request; empty for the scenario's backend
 */
public record ScenarioRequest(int index, String name, Origin page, String method, String url, HttpHeaders headers,
		String body, CredentialsMode credentials, String clientIp, List<String> read, Duration at, int repeat,
		Duration interval, Optional<Outcome> expect, Optional<MockBackend> backend) {

	public ScenarioRequest {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(clientIp, "clientIp");
		read = List.copyOf(read);
		Objects.requireNonNull(at, "at");
		if (repeat < 1) {
			throw new IllegalArgumentException("repeat must be at least 1, was " + repeat);
		}
		Objects.requireNonNull(interval, "interval");
		Objects.requireNonNull(expect, "expect");
		Objects.requireNonNull(backend, "backend");
	}

	/**
	 * When one repetition is sent.
	 * @param repetition the repetition, from 0
	 * @return its time from the start of the scenario clock
	 */
	public Duration sendAt(int repetition) {
		return this.at.plus(this.interval.multipliedBy(repetition));
	}

	/** The time of the last repetition. */
	public Duration lastSend() {
		return sendAt(this.repeat - 1);
	}

	/** The request as the script makes it: a {@code fetch} in mode {@code cors}. */
	public BrowserRequest browserRequest() {
		return BrowserRequest.fetch(this.method, this.url, this.headers, this.body, this.credentials);
	}

}
