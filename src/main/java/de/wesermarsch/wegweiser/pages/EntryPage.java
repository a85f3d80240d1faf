package de.wesermarsch.wegweiser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.Shown;
import de.wesermarsch.wegweiser.content.Term;
import de.wesermarsch.wegweiser.content.Text;
import de.wesermarsch.wegweiser.html.SafeHtml;
import de.wesermarsch.wegweiser.i18n.Language;
import de.wesermarsch.wegweiser.i18n.Messages;
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
			model.put("translation", translation(entry, shown, content.messages(), locale));
			model.put("facts", new EntryFacts(content, locale).of(entry, shown));
			if (entry.details() instanceof Entry.Offer offer) {
				status(model, offer, t);
			}
			entry.contact().ifPresent(c -> model.put("contact", contact(c, entry.original(), locale.kiosk())));
			whomToAsk(entry, content, locale, t).ifPresent(c -> model.put("ask", c));
			if (entry.text(locale.lang(), !locale.easy()).isPresent() || locale.lang().equals("de")) {
				model.put("switchEasy", Map.of("url", locale.base(Entry.key(locale.lang(), !locale.easy())) + "/entries/" + entry.id(),
						"label", t.get(locale.easy() ? "entry.standard" : "entry.easy"), "lang", locale.lang()));
			}
			model.put("topics", terms(entry.topics(), content.topics(), locale, "topics"));
			model.put("places", entry.countyWide() ? List.of(Map.of("name", t.get("entry.countyWide"), "url", locale.base() + "/places"))
					: terms(entry.places(), content.places(), locale, "places"));
			model.put("sources", sources(entry, content, locale));
			if (entry.reviewed() != null) {
				model.put("reviewed", reviewed(entry, content, locale));
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
	 * What the date of an entry means: the day its text was compared with its sources, said with the document it
	 * stands on ("as of the Integrationskonzept 2024, compared on …"), not as a promise that it is current.
	 */
	private static String reviewed(Entry entry, Content content, PageLocale locale) {
		String date = longDate(entry.reviewed(), locale);
		var main = entry.source().map(ref -> content.sources().get(ref.document())).orElse(null);
		if (main == null || main.web()) {
			return content.messages().format(locale.lang(), locale.easy(), "entry.reviewedWeb", Map.of("date", date));
		}
		return content.messages().format(locale.lang(), locale.easy(), "entry.reviewed", Map.of("date", date, "source", main.title()));
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

	/** Contact data as links; on the kiosk, what would lead away from the service becomes a QR code. */
	private static Map<String, Object> contact(Contact contact, String lang, boolean kiosk) {
		Map<String, Object> block = new LinkedHashMap<>();
		if (contact.person() != null) {
			block.put("person", contact.person());
		}
		if (contact.phone() != null) {
			block.put("phone", contact.phone());
			block.put("tel", ContactBlock.tel(contact.phone()));
		}
		if (contact.email() != null) {
			block.put("email", contact.email());
			qr(block, kiosk, "emailQr", "mailto:" + contact.email());
		}
		if (contact.address() != null) {
			block.put("address", contact.address());
			String map = "https://www.openstreetmap.org/search?query=" + URLEncoder.encode(contact.address(), StandardCharsets.UTF_8);
			block.put("map", map);
			qr(block, kiosk, "mapQr", map);
		}
		if (contact.web() != null) {
			block.put("web", contact.web());
			qr(block, kiosk, "webQr", contact.web());
		}
		if (contact.hours() != null) {
			block.put("hours", contact.hours());
			block.put("hoursLang", lang);
		}
		return block;
	}

	/** The documents the entry cites: title and chapter, or a web page's address and the day it was read. */
	private static List<Map<String, Object>> sources(Entry entry, Content content, PageLocale locale) {
		List<Map<String, Object>> sources = new ArrayList<>();
		for (var ref : entry.sources()) {
			var source = content.sources().get(ref.document());
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("title", source.title());
			if (ref.chapter() != null) {
				item.put("chapter", content.messages().format(locale.lang(), locale.easy(), "entry.chapter", Map.of("chapter", ref.chapter())));
			}
			if (source.web()) {
				item.put("url", source.url());
				item.put("read", content.messages().format(locale.lang(), locale.easy(), "entry.read", Map.of("date", longDate(source.read(), locale))));
				if (source.updated() != null) {
					item.put("updated", content.messages().format(locale.lang(), locale.easy(), "entry.updated", Map.of("date", longDate(source.updated(), locale))));
				}
			}
			sources.add(item);
		}
		return sources;
	}

	private static void qr(Map<String, Object> block, boolean kiosk, String key, String target) {
		if (kiosk) {
			block.put(key, QrCodes.svgDataUri(target));
		}
	}

	/**
	 * What the reader is told about the text: shown in German, made with a machine, or translated (and checked) by
	 * a person, named where the content names them, and outdated where the original changed since.
	 */
	private static List<String> translation(Entry entry, Shown shown, Messages messages, PageLocale locale) {
		List<String> notes = new ArrayList<>();
		Map<String, String> plain = messages.all(locale.lang(), locale.easy());
		Text text = shown.text();
		if (shown.fallback()) {
			notes.add(plain.get("entry.translation.fallback"));
		}
		if (locale.easy() && (!shown.easy() || text.body().isBlank())) {
			// an easy-language page that shows the standard text (or its body) says so
			notes.add(plain.get("entry.easyMissing"));
		}
		if (text.provenance() == Provenance.MACHINE_ASSISTED) {
			// a text in the original language is no translation: it is a summary of the sources made with a machine
			boolean original = Entry.language(shown.key()).equals(entry.original());
			notes.add(plain.get(original ? "entry.translation.machineSummary" : "entry.translation.machine"));
		}
		else if (text.provenance() == Provenance.HUMAN && text.translates() != null) {
			notes.add(text.translator() == null ? plain.get("entry.translation.human")
					: messages.format(locale.lang(), locale.easy(), "entry.translation.humanBy", Map.of("name", text.translator())));
		}
		if (text.reviewed()) {
			notes.add(messages.format(locale.lang(), locale.easy(), "entry.translation.reviewedBy",
					Map.of("name", text.reviewedBy(), "date", longDate(text.reviewedOn(), locale))));
		}
		if (entry.outdated(shown.key())) {
			notes.add(plain.get("entry.translation.outdated"));
		}
		return notes;
	}

	/** A date as the reader's language writes it in full ("25. November 2026", "25 نوفمبر 2026"). */
	static String longDate(java.time.LocalDate date, PageLocale locale) {
		var format = com.ibm.icu.text.DateFormat.getDateInstance(com.ibm.icu.text.DateFormat.LONG,
				com.ibm.icu.util.ULocale.forLanguageTag(locale.lang()));
		format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
		return format.format(java.util.Date.from(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
	}

	static List<String> paragraphs(String body) {
		return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	static List<Map<String, String>> terms(List<String> ids, Map<String, Term> terms, PageLocale locale, String path) {
		return ids.stream().map(id -> Map.of("name", terms.get(id).name(locale.lang(), locale.easy()), "url",
				locale.base() + "/" + path + "/" + id)).toList();
	}

}
