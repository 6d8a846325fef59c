package org.okju.web;

import org.okju.casefile.CaseStore;
import org.okju.web.auth.Access;
import org.okju.web.auth.Permission;
import org.okju.web.store.Cases;

/**
 * A request inside one case, after the guard has checked that the caller is a member.
 *
 * @param registered the case as registered on the server
 * @param store its open store
 * @param caller who asks
 */
public record CaseScope(Cases.Registered registered, CaseStore store, Caller caller) {
  /** The case's name. */
  public String name() {
    return registered.name();
  }

  /** Whether the caller may do {@code permission} in this case. */
  public boolean may(Permission permission) {
    return Access.allows(caller.role(), permission);
  }
}
