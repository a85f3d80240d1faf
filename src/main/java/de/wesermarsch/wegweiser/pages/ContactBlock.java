package de.wesermarsch.wegweiser.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * Whom to ask: an entry's title with its phone and e-mail as tappable links (as QR codes on the kiosk), and an
 * entry's own contact data in full for its page ({@link #details}). For a
 * page with nothing better, that is the site's contact of last resort ({@code ask-entry} in {@code site.yaml},
 * or {@code wegweiser.ask-entry}), which the content loader guarantees to exist with contact data; a site that
 * names none shows no block.
 */
@Component
class ContactBlock {

	/** The contact of last resort. */
	Optional<Map<String, Object>> of(Content content, PageLocale locale) {
		return content.askEntry().flatMap(entry -> of(entry, locale));
	}

	/** The entry and its contact data, if it has any. */
	Optional<Map<String, Object>> of(Entry entry, PageLocale locale) {
		return entry.contact().map(contact -> {
			Map<String, Object> block = new LinkedHashMap<>();
			block.put("title", Shown.of(entry, locale.lang(), locale.easy()).title());
			block.put("url", Pages.url(locale, entry));
			reach(block, contact, locale.kiosk());
			return block;
		});
	}

	/** Contact data as links; on the kiosk, what would lead away from the service becomes a QR code. */
	static Map<String, Object> details(Contact contact, String lang, boolean kiosk) {
		Map<String, Object> block = new LinkedHashMap<>();
		if (contact.person() != null) {
			block.put("person", contact.person());
		}
		reach(block, contact, kiosk);
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

	/** Phone and e-mail as tappable links, the e-mail also as a QR code on the kiosk. */
	private static void reach(Map<String, Object> block, Contact contact, boolean kiosk) {
		if (contact.phone() != null) {
			block.put("phone", contact.phone());
			block.put("tel", tel(contact.phone()));
		}
		if (contact.email() != null) {
			block.put("email", contact.email());
			qr(block, kiosk, "emailQr", "mailto:" + contact.email());
		}
	}

	private static void qr(Map<String, Object> block, boolean kiosk, String key, String target) {
		if (kiosk) {
			block.put(key, QrCodes.svgDataUri(target));
		}
	}

	/** A tel: address in international form from a German number as the content writes it. */
	static String tel(String phone) {
		String digits = phone.replaceAll("[^0-9+]", "");
		return "tel:" + (digits.startsWith("0") ? "+49" + digits.substring(1) : digits);
	}

}
