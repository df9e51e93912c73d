package dev.policysim.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The workspaces this browser created or opened, kept in a cookie. The home page lists these and
 * no others: a server-wide list would hand every visitor everybody's edit links.
 */
public final class RecentWorkspaces {

	static final String COOKIE = "policysim-recent";

	static final int MAX = 12;

	private RecentWorkspaces() {
	}

	static Set<String> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Set.of();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> COOKIE.equals(cookie.getName()))
			.flatMap((cookie) -> Arrays.stream(cookie.getValue().split("\\.")))
			.filter((id) -> id.matches("[0-9A-Za-z]{1,40}"))
			.limit(MAX)
			.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Puts a workspace first in the browser's list.
	 * @param request the request, whose cookie holds the list so far
	 * @param response the response that carries the new list
	 * @param editId the workspace's edit id
	 */
	public static void remember(HttpServletRequest request, HttpServletResponse response, String editId) {
		List<String> ids = Stream.concat(Stream.of(editId), read(request).stream().filter((id) -> !id.equals(editId)))
			.limit(MAX)
			.toList();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, String.join(".", ids))
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(Duration.ofDays(365))
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
