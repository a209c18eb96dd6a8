package com.clearmark.app.registry;

import com.clearmark.engine.context.OwnBrand;
import java.util.List;

/**
 * The brands an organization holds an authorization for, implemented by the authorization feature:
 * authorizations are checked against the registry, so the registry names only this interface.
 */
public interface AuthorizedBrands {

  /**
   * One entry per authorized brand, within its authorization's ASINs, SKUs and dates: screening
   * treats each like the organization's own brand there.
   */
  List<OwnBrand> authorizedBrands(long organizationId);
}
