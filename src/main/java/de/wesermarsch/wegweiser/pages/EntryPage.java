package de.wesermarsch.wegweiser.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.EntryType;
import de.wesermarsch.wegweiser.content.OfferStatus;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.Term;
import de.wesermarsch.wegweiser.content.Text;
import de.wesermarsch.wegweiser.html.SafeHtml;
import de.wesermarsch.wegweiser.i18n.Language;
import reactor.core.publisher.Mono;

/**
 * An entry page: the text in the reader's language (or German, marked with {@code lang="de"}), the link to the
 * easy-language version, contact data as tappable links and the address as a link to OpenStreetMap (no embedded
 * map), what the translation is (machine or human, reviewed, outdated) in the reader's language, the source and
 * review date, and a link to share.
 */
@Component
class EntryPage {

	private final ContactBlock ask;

	private final tools.jackson.databind.json.JsonMapper json;

	private final de.wesermarsch.wegweiser.WegweiserProperties properties;

	EntryPage(ContactBlock ask, tools.jackson.databind.json.JsonMapper json,
			de.wesermarsch.wegweiser.WegweiserProperties properties) {
		this.ask = ask;
		this.json = json;
		this.properties = properties;
	}

	Mono<ServerResponse> show(ServerRequest request) {
		return Pages.with(request, (snapshot, locale) -> {
			Content content = snapshot.content();
			Entry entry = content.entry(request.pathVariable("id")).orElse(null);
			if (entry == null) {
				return Pages.notFound(snapshot, locale, request);
			}
			Shown shown = Shown.of(entry, locale.lang(), locale.easy());
			Map<String, String> t = content.messages().all(locale.lang());
			Map<String, Object> model = Pages.model(snapshot, locale, shown.title(), request);
			Map<String, Object> text = new LinkedHashMap<>();
			text.put("title", shown.title());
			text.put("summary", shown.summary());
			text.put("lang", shown.lang());
			text.put("dir", content.language(shown.lang()).map(Language::dir).orElse("ltr"));
			text.put("paragraphs", paragraphs(shown.body()));
			bodyHtml(entry, shown).ifPresent(html -> text.put("html", html));
			text.put("bodyInGerman", !shown.bodyLang().equals(shown.lang()));
			model.put("entry", text);
			model.put("type", t.get("type." + entry.type().id()));
			if (entry.details() instanceof Entry.Guide) {
				model.put("guidePath", Map.of("pages", GuideTree.path(entry, content, locale)));
				model.put("guideContents", GuideTree.children(entry.id(), content, locale));
			}
			model.put("translation", SourceNotes.translation(entry, shown, content.messages(), locale));
			model.put("facts", new EntryFacts(content, locale).of(entry, shown));
			if (entry.details() instanceof Entry.Offer offer) {
				status(model, offer, t);
			}
			entry.contact().ifPresent(c -> model.put("contact", ContactBlock.details(c, entry.original(), locale.kiosk())));
			whomToAsk(entry, content, locale, t).ifPresent(c -> model.put("ask", c));
			if (entry.text(locale.lang(), !locale.easy()).isPresent() || locale.lang().equals("de")) {
				model.put("switchEasy", Map.of("url", locale.base(Entry.key(locale.lang(), !locale.easy())) + "/entries/" + entry.id(),
						"label", t.get(locale.easy() ? "entry.standard" : "entry.easy"), "lang", locale.lang()));
			}
			model.put("topics", terms(entry.topics(), content.topics(), locale, "topics"));
			model.put("places", entry.countyWide() ? List.of(Map.of("name", t.get("entry.countyWide"), "url", locale.base() + "/places"))
					: terms(entry.places(), content.places(), locale, "places"));
			model.put("sources", SourceNotes.sources(entry, content, locale));
			if (entry.reviewed() != null) {
				model.put("reviewed", SourceNotes.reviewed(entry, content, locale));
			}
			if (locale.kiosk()) {
				// the kiosk keeps no history: the way back to the results travels in the address
				request.queryParam("q").map(SearchPage::clean).filter(q -> !q.isEmpty())
					.ifPresent(q -> {
						model.put("back", SearchPage.searchUrl(locale, q));
						model.put("query", q);
					});
			}
			String publicUrl = properties.absolute("/" + locale.segment() + "/entries/" + entry.id());
			model.put("share", publicUrl);
			if (locale.kiosk()) {
				model.put("qr", QrCodes.svgDataUri(publicUrl));
			}
			// "</" never ends the data block early, whatever the content says
			model.put("jsonld", json.writeValueAsString(JsonLd.of(entry, shown, content, publicUrl)).replace("</", "<\\/"));
			return Pages.render("entry", model);
		});
	}

	/**
	 * The body as HTML where the shown text has it (an imported guide page), cleaned again with the allow-list
	 * whatever the content file says: the loader refuses markup outside it, and this keeps a page safe even so.
	 */
	private static Optional<String> bodyHtml(Entry entry, Shown shown) {
		Text bodyText = shown.text().body().isBlank() ? entry.texts().get(shown.bodyLang()) : shown.text();
		return Optional.ofNullable(bodyText == null ? null : bodyText.html()).map(SafeHtml::forPage);
	}

	private static void status(Map<String, Object> model, Entry.Offer offer, Map<String, String> t) {
		if (offer.status() == OfferStatus.ENDED) {
			model.put("status", t.get("entry.status.ended"));
		}
		else if (offer.status() == OfferStatus.PLANNED) {
			model.put("status", t.get("entry.status.planned"));
		}
	}

	/**
	 * Who can tell the reader whom to contact: the office responsible for the entry, else nobody more when the
	 * entry has a phone number, e-mail or address of its own, else the site's contact of last resort. The pages of the service itself
	 * need none.
	 */
	private Optional<Map<String, Object>> whomToAsk(Entry entry, Content content, PageLocale locale, Map<String, String> t) {
		Optional<Map<String, Object>> responsible = content.entry(entry.responsible()).flatMap(r -> ask.of(r, locale));
		if (responsible.isPresent()) {
			responsible.get().put("text", t.get("entry.responsible"));
			return responsible;
		}
		if (entry.contact().filter(Contact::reachable).isPresent() || entry.type() == EntryType.PAGE) {
			return Optional.empty();
		}
		// a web page alone (the Familienkasse, the Bildungsportal) is a next step, but no one to ask
		String text = entry.contact().isPresent() ? "entry.askAlso" : "entry.askInstead";
		return ask.of(content, locale).map(c -> {
			c.put("text", t.get(text));
			return c;
		});
	}

	static List<String> paragraphs(String body) {
		return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	static List<Map<String, String>> terms(List<String> ids, Map<String, Term> terms, PageLocale locale, String path) {
		return ids.stream().map(id -> Map.of("name", terms.get(id).name(locale.lang(), locale.easy()), "url",
				locale.base() + "/" + path + "/" + id)).toList();
	}

}
