package dev.policysim.web.share;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.policysim.store.PermalinkExpiredException;

import org.springframework.stereotype.Component;

/**
 * The most recently shown permalink pages' views, kept in memory. A permalink never changes, so a
 * view built once stays right until the permalink expires; keeping it spares the database reads
 * and the report parsing that dominate a page view when a shared link is opened by many reviewers
 * at once. Bounded in entries and in the bytes of file text a view may hold.
 */
@Component
class PermalinkViewCache {

	static final int MAX_ENTRIES = 128;

	/** Views whose files hold more text than this are built on every view rather than kept. */
	static final long MAX_VIEW_BYTES = 512 * 1024;

	private final Clock clock;

	private final Map<String, PermalinkView> views = new LinkedHashMap<>(16, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PermalinkView> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	PermalinkViewCache(Clock clock) {
		this.clock = clock;
	}

	/**
	 * A permalink's view, from memory or built.
	 * @param id the permalink's id
	 * @param build builds the view from the store; empty when there is no such permalink
	 * @return the view, or empty when there is no such permalink
	 * @throws PermalinkExpiredException when it has expired (also when it was kept)
	 */
	Optional<PermalinkView> get(String id, Supplier<Optional<PermalinkView>> build) {
		PermalinkView kept;
		synchronized (this.views) {
			kept = this.views.get(id);
		}
		if (kept != null) {
			return Optional.of(live(kept));
		}
		Optional<PermalinkView> built = build.get();
		built.filter(PermalinkViewCache::small).ifPresent((view) -> {
			synchronized (this.views) {
				this.views.put(id, view);
			}
		});
		return built;
	}

	private PermalinkView live(PermalinkView view) {
		if (view.expires().isPresent() && !view.expires().get().isAfter(this.clock.instant())) {
			synchronized (this.views) {
				this.views.remove(view.id());
			}
			throw new PermalinkExpiredException(view.id(), view.expires().get());
		}
		return view;
	}

	private static boolean small(PermalinkView view) {
		long bytes = view.scenarioText().length();
		for (FileView file : view.files()) {
			bytes += file.text().map(String::length).orElse(0);
		}
		return bytes <= MAX_VIEW_BYTES;
	}

}
