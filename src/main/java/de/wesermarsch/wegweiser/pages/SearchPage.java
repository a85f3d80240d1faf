package de.wesermarsch.wegweiser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.ask.Ask;
import de.wesermarsch.wegweiser.ask.SearchWorkers;
import de.wesermarsch.wegweiser.search.Hit;
import de.wesermarsch.wegweiser.search.SearchRequest;
import de.wesermarsch.wegweiser.search.SearchResult;
import reactor.core.publisher.Mono;

/**
 * The results page: help first (offers, guide pages, networks), paged, then the county's plans in a section of their
 * own with their deadlines; hits with a notice where a text is shown in German, facets as a form that works without
 * JavaScript, "did you mean", paging, and, when nothing is found, whom to ask (the contact entry of the
 * content) and the topics, with the anonymous "I did not find what I need" signal. The same front door as the API.
 */
@Component
class SearchPage {

	static final int PAGE_SIZE = 10;

	private final Ask ask;

	private final ContactBlock contact;

	private final SearchWorkers workers;

	SearchPage(Ask ask, ContactBlock contact, SearchWorkers workers) {
		this.ask = ask;
		this.contact = contact;
		this.workers = workers;
	}

	Mono<ServerResponse> show(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			String query = clean(request.queryParam("q").orElse(""));
			if (query.isEmpty()) {
				return ServerResponse.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(locale.base() + "/")).build();
			}
			Content content = snapshot.content();
			if (request.queryParam("open").isPresent()) {
				// a suggestion picked from the list that is an entry's title opens that entry
				var titled = content.entries().values().stream()
					.filter(e -> Shown.of(e, locale.lang(), locale.easy()).title().equalsIgnoreCase(query)).findFirst();
				if (titled.isPresent()) {
					return ServerResponse.status(HttpStatus.SEE_OTHER).location(java.net.URI.create(Pages.url(locale, titled.get()))).build();
				}
			}
			Set<EntryType> types = new LinkedHashSet<>();
			request.queryParams().getOrDefault("type", List.of()).forEach(t -> EntryType.of(t).ifPresent(types::add));
			Set<String> topics = known(request.queryParams().getOrDefault("topic", List.of()), content.topics().keySet());
			Set<String> places = known(request.queryParams().getOrDefault("place", List.of()), content.places().keySet());
			int page = Math.max(1, Math.min(SearchRequest.MAX_OFFSET / PAGE_SIZE, number(request.queryParam("page").orElse("1"))));
			SearchRequest search = new SearchRequest(query, locale.lang(), locale.easy(), types, topics, places, PAGE_SIZE,
					(page - 1) * PAGE_SIZE);
			return workers.run(() -> ask.sections(snapshot, search)).flatMap(sections -> {
				SearchResult result = sections.result();
				var messages = content.messages();
				Map<String, Object> model = Pages.model(snapshot, locale,
						messages.format(locale.lang(), locale.easy(), "results.title", Map.of("query", query)), request);
				model.put("query", query);
				// results first: a one-row header, the search box in one row, the menu after the results
				model.put("compact", true);
				model.put("queryParam", URLEncoder.encode(query, StandardCharsets.UTF_8));
				model.put("count", messages.format(locale.lang(), locale.easy(), "results.count", Map.of("count", result.total())));
				model.put("hits", hits(sections.help(), locale, messages.all(locale.lang()), content, query));
				if (!sections.plans().isEmpty()) {
					Map<String, Object> plans = new java.util.LinkedHashMap<>();
					plans.put("count", messages.format(locale.lang(), locale.easy(), "results.plans.count", Map.of("count", sections.planTotal())));
					plans.put("hits", hits(sections.plans(), locale, messages.all(locale.lang()), content, query));
					if (sections.helpTotal() > 0 && sections.planTotal() > sections.plans().size()) {
						plans.put("more", messages.format(locale.lang(), locale.easy(), "results.plans.more", Map.of("count", sections.planTotal())));
						plans.put("moreUrl", searchUrl(locale, query) + "&type=" + EntryType.MEASURE.id());
					}
					model.put("plans", plans);
				}
				model.put("facets", new Facets(content, locale).of(result, types, topics, places));
				if (result.didYouMean() != null) {
					model.put("didYouMean", Map.of("text", result.didYouMean(), "url", searchUrl(locale, result.didYouMean())));
				}
				if (result.total() == 0) {
					model.put("nothing", true);
					model.put("tiles", StartPage.tiles(content.topics().values().stream().filter(t -> "theme".equals(t.kind())).toList(), locale));
				}
				else if (sections.helpTotal() == 0) {
					model.put("onlyPlans", true);
				}
				contact.of(content, locale).ifPresent(c -> model.put("contact", c));
				model.put("sent", request.queryParam("sent").isPresent());
				long listed = sections.helpTotal() > 0 ? sections.helpTotal() : sections.planTotal();
				long pages = (listed + PAGE_SIZE - 1) / PAGE_SIZE;
				if (pages > 1) {
					model.put("paging", paging(request, locale, messages, page, pages));
				}
				return Pages.render("search", model);
			});
		});
	}

	/** The hits; on the kiosk each entry's address carries the query, for its "back to the results". */
	private static List<Map<String, Object>> hits(List<Hit> hits, PageLocale locale, Map<String, String> typeNames,
			Content content, String query) {
		EntryFacts facts = new EntryFacts(content, locale);
		String from = locale.kiosk() ? "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) : "";
		List<Map<String, Object>> items = new ArrayList<>();
		for (Hit hit : hits) {
			Map<String, Object> item = new java.util.HashMap<>(Map.of("title", hit.title(), "summary", hit.summary(),
					"typeName", typeNames.get("type." + hit.type()), "url", locale.base() + "/entries/" + hit.id() + from,
					"fallback", hit.fallback(), "lang", hit.lang(), "dir", hit.fallback() ? "ltr" : locale.dir()));
			Entry entry = content.entries().get(hit.id());
			if (entry != null && entry.details() instanceof Entry.Measure measure) {
				item.put("deadline", facts.deadline(measure.deadline()));
			}
			items.add(item);
		}
		return items;
	}

	private static Map<String, Object> paging(ServerRequest request, PageLocale locale,
			de.wesermarsch.wegweiser.i18n.Messages messages, int page, long pages) {
		Map<String, Object> paging = new java.util.LinkedHashMap<>();
		paging.put("label", messages.format(locale.lang(), locale.easy(), "results.page", Map.of("page", page, "pages", pages)));
		// without the page, and without the feedback's thank-you (sent=1), which belongs to one page only
		String base = request.uri().getRawQuery().replaceAll("(^|&)(page|sent)=[^&]*", "");
		if (page > 1) {
			paging.put("previous", "?" + base + "&page=" + (page - 1));
		}
		if (page < pages) {
			paging.put("next", "?" + base + "&page=" + (page + 1));
		}
		return paging;
	}

	static String searchUrl(PageLocale locale, String query) {
		return locale.base() + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	/** What someone typed, cleaned as the API cleans it, at most the API's length. */
	static String clean(String query) {
		String clean = SearchRequest.clean(query);
		return clean.length() > SearchRequest.MAX_QUERY_LENGTH ? clean.substring(0, SearchRequest.MAX_QUERY_LENGTH) : clean;
	}

	private static Set<String> known(List<String> values, Set<String> known) {
		Set<String> result = new LinkedHashSet<>();
		values.stream().filter(known::contains).limit(20).forEach(result::add);
		return result;
	}

	private static int number(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

}
