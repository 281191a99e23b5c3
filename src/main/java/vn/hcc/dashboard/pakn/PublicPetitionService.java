package vn.hcc.dashboard.pakn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Petitions sent by citizens from the public page, without an account: checked field by field, limited per network
 * address and per contact (no captcha service), photos cleaned of their metadata, and recorded as a new, unassigned
 * petition that lands in the director's queue at once ("pakn" topic). The sender gets a tracking code; the code
 * shows where the petition stands and, once published, its answer, never the sender's name or contact.
 */
@Service
@Transactional
@Requires(Permission.PAKN_VIEW)
@EnableConfigurationProperties(PetitionLimits.class)
public class PublicPetitionService {

    /** Who the history names for a petition a citizen sent. */
    public static final String CITIZEN = "cong-dan";
    static final int CONTENT_MIN = 20;
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final Pattern CODE = Pattern.compile("GY-[" + CODE_ALPHABET + "]{4}-[" + CODE_ALPHABET + "]{4}");
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    // HTML or script in a text field is refused rather than stored: nothing here is ever meant as markup
    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!]|javascript:", Pattern.CASE_INSENSITIVE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PaknRepository items;
    private final PaknPhotoRepository photos;
    private final PaknJournal journal;
    private final PaknDeadlines deadlines;
    private final PaknService paknService;
    private final UnitService units;
    private final WorkingDayCalendar calendar;
    private final Broadcaster broadcaster;
    private final Clock clock;
    private final PetitionLimits limits;
    private final byte[] addressKey;

    PublicPetitionService(PaknRepository items, PaknPhotoRepository photos, PaknJournal journal,
            PaknDeadlines deadlines, PaknService paknService, UnitService units, WorkingDayCalendar calendar,
            Broadcaster broadcaster, Clock clock, PetitionLimits limits,
            @Value("${app.petitions.address-key:}") String addressKey) {
        this.items = items;
        this.photos = photos;
        this.journal = journal;
        this.deadlines = deadlines;
        this.paknService = paknService;
        this.units = units;
        this.calendar = calendar;
        this.broadcaster = broadcaster;
        this.clock = clock;
        this.limits = limits;
        // without a configured key, one per start: the limit then restarts with the app, which is harmless
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        this.addressKey = addressKey.isBlank() ? random : addressKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Records a citizen's petition sent from {@code clientAddress}; returns its tracking code. */
    @PreAuthorize("permitAll()")
    public String submit(PublicPetition p, String clientAddress) {
        if (p.website() != null && !p.website().isBlank()) {
            throw new FieldValidationException("website", "petition.error.automated");
        }
        Validate.present("category", p.category());
        Validate.present("unit", p.unitId());
        Map<Long, String> localities = units.publicNamesById();
        if (!localities.containsKey(p.unitId())) {
            throw new FieldValidationException("unit", "petition.error.unit");
        }
        String content = Validate.text("content", p.content(), PaknRules.TEXT_MAX);
        if (content.length() < CONTENT_MIN) {
            throw new FieldValidationException("content", "petition.error.content-short", CONTENT_MIN);
        }
        noMarkup("content", content);
        String name = Validate.text("citizenName", p.citizenName(), 200);
        noMarkup("citizenName", name);
        String contact = contact(p.contact());
        if (!p.consent()) {
            throw new FieldValidationException("consent", "petition.error.consent");
        }
        List<CleanPhoto> cleaned = cleanPhotos(p.photos());
        LocalDateTime now = LocalDateTime.now(clock);
        String source = sourceKey(clientAddress);
        if (items.countBySourceKeyAndReceivedAtAfter(source, now.minusHours(1)) >= limits.perAddressPerHour()) {
            throw new FieldValidationException("submit", "petition.error.rate-address", limits.perAddressPerHour());
        }
        if (items.countByCitizenContactAndReceivedAtAfter(contact, now.minusDays(1)) >= limits.perContactPerDay()) {
            throw new FieldValidationException("contact", "petition.error.rate-contact", limits.perContactPerDay());
        }
        PaknDraft draft = new PaknDraft(now, PaknChannel.WEB_FORM, name, contact, content, p.category(),
                localities.get(p.unitId()), null, p.unitId());
        LocalDate receivedOn = calendar.effectiveIntakeDay(now, false);
        Pakn item = new Pakn(draft, receivedOn, deadlines.deadline(receivedOn, p.category()));
        String code = newCode();
        item.sentByCitizen(code, source);
        Pakn saved = items.save(item);
        for (int i = 0; i < cleaned.size(); i++) {
            photos.save(new PaknPhoto(saved.getId(), i, cleaned.get(i)));
        }
        journal.writeBy(CITIZEN, saved.getId(), "RECORDED", "status", null, PaknStatus.NEW.name(), "trackingCode",
                null, code);
        broadcaster.publishAfterCommit(PaknService.TOPIC, saved.getId());
        return code;
    }

    /** Where the petition with this code stands; empty for an unknown or malformed code. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Optional<PetitionStatus> track(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(normalized).matches()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return items.findByTrackingCode(normalized).map(p -> new PetitionStatus(normalized, p.getReceivedOn(),
                p.getCategory(), units.publicNamesById().getOrDefault(p.getUnitId(), ""), p.getStatus(),
                p.getDeadline(), p.isLate(today), p.getStatus() == PaknStatus.PUBLISHED ? p.getAnswer() : null,
                p.getPublishedOn()));
    }

    /** The photos of a petition, for staff who may read it (checked as for the petition itself). */
    @Transactional(readOnly = true)
    public List<PaknPhoto> photos(long paknId) {
        paknService.find(paknId);
        return photos.findByPaknIdOrderByPosition(paknId);
    }

    @PreAuthorize("permitAll()")
    public PetitionLimits limits() {
        return limits;
    }

    private static void noMarkup(String field, String text) {
        if (MARKUP.matcher(text).find()) {
            throw new FieldValidationException(field, "petition.error.markup");
        }
    }

    /** A phone number (digits only, +84 kept) or an e-mail address in lower case; one is required. */
    private static String contact(String raw) {
        String value = Validate.text("contact", raw, 200);
        String phone = value.replaceAll("[\\s.\\-()]", "");
        if (PHONE.matcher(phone).matches()) {
            return phone;
        }
        if (EMAIL.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        throw new FieldValidationException("contact", "petition.error.contact");
    }

    private List<CleanPhoto> cleanPhotos(List<byte[]> files) {
        List<byte[]> list = files == null ? List.of() : files;
        if (list.size() > limits.maxPhotos()) {
            throw new FieldValidationException("photos", "petition.error.photo-count", limits.maxPhotos());
        }
        List<CleanPhoto> cleaned = new ArrayList<>();
        for (byte[] file : list) {
            cleaned.add(PetitionPhotos.clean(file, limits.maxPhotoBytes()));
        }
        return cleaned;
    }

    private String sourceKey(String clientAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(addressKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(clientAddress).getBytes(
                    StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String newCode() {
        while (true) {
            StringBuilder code = new StringBuilder("GY-");
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    code.append('-');
                }
                code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            }
            if (items.findByTrackingCode(code.toString()).isEmpty()) {
                return code.toString();
            }
        }
    }
}
