package de.wesermarsch.wegweiser.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * Whom to ask: an entry's title with its phone and e-mail as tappable links (as QR codes on the kiosk). For a
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
			if (contact.phone() != null) {
				block.put("phone", contact.phone());
				block.put("tel", tel(contact.phone()));
			}
			if (contact.email() != null) {
				block.put("email", contact.email());
				if (locale.kiosk()) {
					block.put("emailQr", QrCodes.svgDataUri("mailto:" + contact.email()));
				}
			}
			return block;
		});
	}

	/** A tel: address in international form from a German number as the content writes it. */
	static String tel(String phone) {
		String digits = phone.replaceAll("[^0-9+]", "");
		return "tel:" + (digits.startsWith("0") ? "+49" + digits.substring(1) : digits);
	}

}
