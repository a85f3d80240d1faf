package de.wesermarsch.wegweiser.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.NetworkScope;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.Term;
import reactor.core.publisher.Mono;

/**
 * Browsing without searching: all topics, all places, the entries of one topic or place (offers first), the
 * networks by who runs them, and the measures of the concept by field of action and deadline, so that anyone
 * can follow the plan.
 */
@Component
class BrowsePage {

	Mono<ServerResponse> topics(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Map<String, Object> model = Pages.model(snapshot, locale, text(content, locale, "topics.title"), request);
			model.put("tiles", StartPage.tiles(List.copyOf(content.topics().values()), locale));
			return Pages.render("list", model);
		});
	}

	Mono<ServerResponse> places(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Map<String, Object> model = Pages.model(snapshot, locale, text(content, locale, "places.title"), request);
			model.put("links", content.places().values().stream().map(p -> Map.of("name", p.name(locale.lang(), locale.easy()),
					"url", locale.base() + "/places/" + p.id())).toList());
			return Pages.render("list", model);
		});
	}

	Mono<ServerResponse> topic(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			Term topic = snapshot.content().topics().get(request.pathVariable("id"));
			if (topic == null) {
				return Pages.notFound(snapshot, locale, request);
			}
			Map<String, Object> model = Pages.model(snapshot, locale, topic.name(locale.lang(), locale.easy()), request);
			model.put("groups", groupedByType(snapshot.content(), locale, e -> e.topics().contains(topic.id())));
			return Pages.render("list", model);
		});
	}

	Mono<ServerResponse> place(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Term place = content.places().get(request.pathVariable("id"));
			if (place == null) {
				return Pages.notFound(snapshot, locale, request);
			}
			Map<String, Object> model = Pages.model(snapshot, locale, content.messages().format(locale.lang(), locale.easy(),
					"place.title", Map.of("place", place.name(locale.lang(), locale.easy()))), request);
			model.put("note", text(content, locale, "place.note"));
			model.put("groups", groupedByType(content, locale,
					e -> e.type() != EntryType.PAGE && (e.countyWide() || e.places().contains(place.id()))));
			return Pages.render("list", model);
		});
	}

	Mono<ServerResponse> networks(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Map<String, Object> model = Pages.model(snapshot, locale, text(content, locale, "networks.title"), request);
			List<Map<String, Object>> groups = new ArrayList<>();
			for (NetworkScope scope : NetworkScope.values()) {
				List<Map<String, Object>> items = items(content, locale,
						e -> e.details() instanceof Entry.Network n && n.scope() == scope);
				if (!items.isEmpty()) {
					groups.add(Map.of("heading", text(content, locale, "scope." + scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')), "items", items));
				}
			}
			model.put("groups", groups);
			return Pages.render("list", model);
		});
	}

	Mono<ServerResponse> measures(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			var content = snapshot.content();
			Map<String, Object> model = Pages.model(snapshot, locale, text(content, locale, "measures.title"), request);
			model.put("note", text(content, locale, "measures.intro"));
			EntryFacts facts = new EntryFacts(content, locale);
			List<Map<String, Object>> fields = new ArrayList<>();
			for (Term field : content.topics().values().stream().filter(t -> "field-of-action".equals(t.kind())).toList()) {
				Map<String, List<Map<String, Object>>> byDeadline = new LinkedHashMap<>();
				content.entries().values().stream()
					.filter(e -> e.details() instanceof Entry.Measure m && m.fields().get(0).equals(field.id()))
					.sorted(Comparator.comparing(e -> order(((Entry.Measure) e.details()).deadline())))
					.forEach(e -> byDeadline.computeIfAbsent(facts.deadline(((Entry.Measure) e.details()).deadline()),
							k -> new ArrayList<>()).add(item(e, locale)));
				List<Map<String, Object>> deadlines = new ArrayList<>();
				byDeadline.forEach((deadline, items) -> deadlines.add(Map.of("heading", deadline, "items", items)));
				fields.add(Map.of("heading", field.name(locale.lang(), locale.easy()), "deadlines", deadlines));
			}
			model.put("fields", fields);
			return Pages.render("measures", model);
		});
	}

	/** Ongoing first, then by year, then what is to be made permanent. */
	private static int order(de.wesermarsch.wegweiser.content.Deadline deadline) {
		return switch (deadline) {
			case de.wesermarsch.wegweiser.content.Deadline.Ongoing o -> 0;
			case de.wesermarsch.wegweiser.content.Deadline.ByYear y -> y.year();
			case de.wesermarsch.wegweiser.content.Deadline.MakePermanent p -> 9999;
		};
	}

	private static List<Map<String, Object>> groupedByType(Content content, PageLocale locale, Predicate<Entry> filter) {
		List<Map<String, Object>> groups = new ArrayList<>();
		for (EntryType type : EntryType.values()) {
			List<Map<String, Object>> items = items(content, locale, e -> e.type() == type && filter.test(e));
			if (!items.isEmpty()) {
				groups.add(Map.of("heading", text(content, locale, "type." + type.id()), "items", items));
			}
		}
		return groups;
	}

	private static List<Map<String, Object>> items(Content content, PageLocale locale, Predicate<Entry> filter) {
		Collator order = Collator.getInstance(ULocale.forLanguageTag(locale.lang()));
		return content.entries().values().stream().filter(filter)
			.map(e -> item(e, locale))
			.sorted(Comparator.comparing(i -> (String) i.get("title"), order::compare))
			.toList();
	}

	private static Map<String, Object> item(Entry entry, PageLocale locale) {
		Shown shown = Shown.of(entry, locale.lang(), locale.easy());
		return Map.of("title", shown.title(), "summary", shown.summary(), "url", Pages.url(locale, entry),
				"fallback", shown.fallback(), "lang", shown.lang(), "dir", shown.fallback() ? "ltr" : locale.dir());
	}

	private static String text(Content content, PageLocale locale, String key) {
		return content.messages().all(locale.lang()).get(key);
	}

}
