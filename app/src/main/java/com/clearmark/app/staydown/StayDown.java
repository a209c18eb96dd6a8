package com.clearmark.app.staydown;

import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.engine.fingerprint.MinHasher;
import com.clearmark.engine.fingerprint.Signature;
import com.clearmark.engine.fingerprint.SignatureIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps removed listings down: every removed listing leaves a fingerprint, and a fresh capture that
 * matches one is a relisting of the case that removed it.
 *
 * <p>Enforcement calls {@link #remember} when a case becomes removed and {@link #matches} for each
 * new capture. Staydown calls nothing back: what to do about a relisting (link it to the original
 * case, re-enforce) is enforcement's business.
 *
 * <p>Each organization has an in-memory {@link SignatureIndex} of its fingerprints, loaded from the
 * {@code fingerprints} table on the organization's first lookup. Before every lookup it reads the
 * rows added since the last id it saw (one indexed range query, usually empty), so a fingerprint
 * stored by another instance of the service, or by this one, is found from its next lookup on. That
 * read runs in a transaction of its own, so it sees committed fingerprints only: one stored by a
 * transaction that later rolls back never enters the index.
 */
@Service
public class StayDown {

  /** At most this many relistings are returned for one capture. */
  public static final int MAX_MATCHES = 5;

  /** Index candidates looked at per capture, before the policy judges them. */
  private static final int CANDIDATES = 20;

  /**
   * A removed listing a fresh capture matches.
   *
   * @param caseId the case that removed it
   * @param similarity the estimated share of word 3-shingles the two texts have in common, 0 to 1
   * @param reasons why this is taken for a relisting, one sentence each, strongest first
   */
  public record Relisting(long caseId, double similarity, List<String> reasons) {
    public Relisting {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a relisting needs a reason");
      }
    }
  }

  private final Fingerprints fingerprints;
  private final TransactionTemplate committedReads;
  private final MinHasher hasher = MinHasher.standard();
  private final Map<Long, OrganizationIndex> indexes = new ConcurrentHashMap<>();

  StayDown(Fingerprints fingerprints, PlatformTransactionManager transactions) {
    this.fingerprints = fingerprints;
    this.committedReads = new TransactionTemplate(transactions);
    committedReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    committedReads.setReadOnly(true);
  }

  /**
   * Stores the fingerprint of a removed listing for its case, replacing any the case had. Runs in
   * the caller's transaction.
   */
  public void remember(OrganizationId org, long caseId, Capture removed) {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(removed, "removed");
    var fingerprint =
        new Fingerprint(
            0,
            caseId,
            removed.marketplace(),
            removed.listingId() == null ? "" : removed.listingId(),
            removed.sellerRef(),
            PriceBand.of(removed.price()),
            hasher.sign(removed.text()));
    fingerprints.put(org, fingerprint);
    pendingInThisTransaction(org).ifPresent(p -> p.put(caseId, fingerprint));
  }

  /**
   * The fingerprints stored in the caller's transaction, by case, while it has not committed. The
   * index reads committed rows only, so without these a takedown and its relisting arriving in one
   * capture batch would miss each other; other transactions never see them.
   */
  private Optional<Map<Long, Fingerprint>> pendingInThisTransaction(OrganizationId org) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return Optional.empty();
    }
    var key = new PendingKey(this, org.value());
    @SuppressWarnings("unchecked")
    var held = (Map<Long, Fingerprint>) TransactionSynchronizationManager.getResource(key);
    if (held != null) {
      return Optional.of(held);
    }
    Map<Long, Fingerprint> fresh = new LinkedHashMap<>();
    TransactionSynchronizationManager.bindResource(key, fresh);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(key);
          }
        });
    return Optional.of(fresh);
  }

  private record PendingKey(StayDown owner, long organization) {}

  /**
   * The organization's removed listings that {@code fresh} is a relisting of, best first, at most
   * {@link #MAX_MATCHES}. See {@link RelistingPolicy} for what counts as one.
   */
  public List<Relisting> matches(OrganizationId org, Capture fresh) {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(fresh, "fresh");
    OrganizationIndex index = indexes.computeIfAbsent(org.value(), k -> new OrganizationIndex());
    refresh(org, index);
    Signature signature = hasher.sign(fresh.text());
    Map<Long, Double> candidates = new HashMap<>();
    if (!signature.isEmpty()) {
      for (var match :
          index.signatures.query(signature, RelistingPolicy.MIN_TEXT_SIMILARITY, CANDIDATES)) {
        candidates.put(match.id(), match.similarity());
      }
    }
    for (long caseId :
        index.byListing.getOrDefault(
            listingKey(fresh.marketplace(), fresh.listingId()), Set.of())) {
      Fingerprint f = index.byCase.get(caseId);
      if (f != null) {
        candidates.putIfAbsent(caseId, signature.similarity(f.signature()));
      }
    }
    Map<Long, Fingerprint> pending = pendingInThisTransaction(org).orElse(Map.of());
    for (Fingerprint f : pending.values()) {
      boolean sameListing =
          listingKey(f.marketplace(), f.listingId())
              .equals(listingKey(fresh.marketplace(), fresh.listingId()));
      double similarity = signature.similarity(f.signature());
      if (sameListing || similarity >= RelistingPolicy.MIN_TEXT_SIMILARITY) {
        candidates.put(f.caseId(), similarity);
      }
    }
    List<RelistingPolicy.Judged> judged = new ArrayList<>();
    candidates.forEach(
        (caseId, similarity) -> {
          Fingerprint f = pending.getOrDefault(caseId, index.byCase.get(caseId));
          if (f != null) {
            RelistingPolicy.judge(f, fresh, similarity).ifPresent(judged::add);
          }
        });
    judged.sort(RelistingPolicy::rank);
    return judged.stream().limit(MAX_MATCHES).map(RelistingPolicy.Judged::relisting).toList();
  }

  private void refresh(OrganizationId org, OrganizationIndex index) {
    long seen = index.lastId;
    List<Fingerprint> added = committedReads.execute(tx -> fingerprints.after(org, seen));
    if (added == null || added.isEmpty()) {
      return;
    }
    synchronized (index) {
      for (Fingerprint f : added) {
        if (f.id() <= index.lastId) {
          continue;
        }
        Fingerprint before = index.byCase.put(f.caseId(), f);
        if (before != null) {
          index.signatures.remove(before.caseId());
          var cases = index.byListing.get(listingKey(before.marketplace(), before.listingId()));
          if (cases != null) {
            cases.remove(before.caseId());
          }
        }
        if (!f.signature().isEmpty()) {
          index.signatures.add(f.caseId(), f.signature());
        }
        if (!f.listingId().isEmpty()) {
          index
              .byListing
              .computeIfAbsent(
                  listingKey(f.marketplace(), f.listingId()), k -> ConcurrentHashMap.newKeySet())
              .add(f.caseId());
        }
        index.lastId = f.id();
      }
    }
  }

  private static String listingKey(String marketplace, String listingId) {
    return marketplace + '\u0000' + (listingId == null ? "" : listingId);
  }

  /**
   * One organization's fingerprints in memory, by case. One writer at a time (under the object's
   * lock) and any number of concurrent readers, as {@link SignatureIndex} allows.
   */
  private static final class OrganizationIndex {
    final SignatureIndex signatures = new SignatureIndex();
    final Map<Long, Fingerprint> byCase = new ConcurrentHashMap<>();
    final Map<String, Set<Long>> byListing = new ConcurrentHashMap<>();
    volatile long lastId;
  }
}
