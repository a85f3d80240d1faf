package de.wesermarsch.wegweiser.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.wesermarsch.wegweiser.WegweiserProperties;
import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Contact;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Shown;

/**
 * Whom to ask when the service has no answer: the entry named by {@code wegweiser.ask-entry} (the
 * Koordinierungsstelle in this county's content), with its phone and e-mail as tappable links. Which entry it is
 * comes from configuration, not code, so another county's content names its own.
 */
@Component
class ContactBlock {

	private final String entryId;

	ContactBlock(WegweiserProperties properties) {
		this.entryId = properties.askEntry();
	}

	Optional<Map<String, Object>> of(Content content, PageLocale locale) {
		return content.entry(entryId).flatMap(entry -> {
			if (!(entry.details() instanceof Entry.Offer offer) || offer.contact() == null) {
				return Optional.empty();
			}
			Contact contact = offer.contact();
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
			return Optional.of(block);
		});
	}

	/** A tel: address in international form from a German number as the content writes it. */
	static String tel(String phone) {
		String digits = phone.replaceAll("[^0-9+]", "");
		return "tel:" + (digits.startsWith("0") ? "+49" + digits.substring(1) : digits);
	}

}
