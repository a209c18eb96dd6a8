package com.clearmark.app.copyright;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.screening.ListingChecks;
import com.clearmark.engine.copyright.TextCopyCheck;
import com.clearmark.engine.copyright.TextWorks;
import com.clearmark.engine.copyright.Work;
import com.clearmark.engine.screening.ListingCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The organization's registered works as checks of every listing screened: copied text ({@code
 * CR_TEXT}) against the text works, copied images ({@code CR_IMAGE}) of the listing's uploaded
 * images against the image works.
 *
 * <p>The works are compiled into the engine's indexes once per organization and registry version:
 * every change to the works or to a listing's images counts the version up (see {@link
 * WorkService}), so a screening after it compiles them again, on any instance of the service, and
 * every screening before the next change reuses them. Screening asks for the checks of each listing
 * it screens, so what is asked per listing is one read of the organization's registry version.
 */
@Component
class CopyrightChecks implements ListingChecks {

  private final Works works;
  private final Accounts accounts;
  private final Map<Long, Compiled> compiled = new ConcurrentHashMap<>();

  CopyrightChecks(Works works, Accounts accounts) {
    this.works = works;
    this.accounts = accounts;
  }

  /** One organization's works as compiled for one registry version. */
  private record Compiled(long version, List<ListingCheck> checks) {}

  @Override
  public List<ListingCheck> forOrganization(long organizationId) {
    long version = accounts.registryVersion(organizationId);
    return compiled
        .compute(
            organizationId,
            (org, before) ->
                before != null && before.version() == version ? before : compile(org, version))
        .checks();
  }

  private Compiled compile(long organizationId, long version) {
    Map<Long, Work> byId = new HashMap<>();
    Map<Long, String> texts = new HashMap<>();
    TextWorks textWorks = new TextWorks();
    for (Works.Screened s : works.forScreening(organizationId)) {
      RegisteredWork w = s.work();
      byId.put(w.id(), w.toEngine());
      if (!w.isImage() && !w.text().isEmpty()) {
        textWorks.add(w.id(), w.text());
        texts.put(w.id(), w.text());
      }
    }
    List<ListingCheck> checks = new ArrayList<>(2);
    if (textWorks.size() > 0) {
      checks.add(new TextCopyCheck(textWorks, byId::get, texts::get));
    }
    return new Compiled(version, List.copyOf(checks));
  }
}
