/**
 * Values by tenant and id without building a `tenant/id` string per record (ids may repeat
 * across tenants).
 */
export class TenantMap<V> {
  private readonly byTenant = new Map<string, Map<string, V>>();

  get(tenantId: string, id: string): V | undefined {
    return this.byTenant.get(tenantId)?.get(id);
  }

  set(tenantId: string, id: string, value: V): void {
    const ids = this.byTenant.get(tenantId);
    if (ids) ids.set(id, value);
    else this.byTenant.set(tenantId, new Map([[id, value]]));
  }

  /** Removes an entry; true when there was one. */
  delete(tenantId: string, id: string): boolean {
    const ids = this.byTenant.get(tenantId);
    if (!ids?.delete(id)) return false;
    if (ids.size === 0) this.byTenant.delete(tenantId);
    return true;
  }
}
