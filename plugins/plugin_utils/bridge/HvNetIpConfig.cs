// hyperv.network: the IP-configuration decisions of a disruptive job (host-code 3), as pure functions.
// C# 5 only (csc under Windows PowerShell 5.1 compiles it through Add-Type); ASCII only.
// Input: adapter entries as the snapshot's adapters section shapes them (Name, MacAddress, Virtual,
// InterfaceIndex, ip = {Dhcp, IPv4[], IPv6[] of {IPAddress, PrefixLength, PrefixOrigin}, Gateways,
// DnsServers, DnsSuffix, InterfaceMetric, NetworkCategory}), as JavaScriptSerializer or PowerShell
// builds them: any IDictionary, any IList, numbers of any width, and null wherever Windows has nothing
// (Dhcp, InterfaceMetric and NetworkCategory are null for a bound, disabled or unplugged NIC).
// Nothing here touches Windows: the caller reads the adapters and runs the planned cmdlet calls.
using System;
using System.Collections;
using System.Collections.Generic;

namespace HyperVNetwork
{
    public static class IpConfig
    {
        // PrefixOrigin (NL_PREFIX_ORIGIN, nldef.h): Other 0, Manual 1, WellKnown 2, Dhcp 3, RouterAdvertisement 4.
        private const int OriginManual = 1;
        private const int OriginDhcp = 3;
        private const int OriginRouterAdvertisement = 4;

        // NetworkCategory (MSFT_NetConnectionProfile): Public 0, Private 1, DomainAuthenticated 2.
        private const int CategoryDomain = 2;
        private static readonly string[] CategoryNames = { "Public", "Private" };

        // For every physical NIC, the interface carrying its configuration: the host vNIC with its MAC
        // (an External switch shared with the host), else the NIC itself unless it is bound to a switch or
        // team (no IPv4 interface, so InterfaceMetric is null).
        public static List<Dictionary<string, object>> Carriers(IList adapters)
        {
            List<Dictionary<string, object>> list = new List<Dictionary<string, object>>();
            foreach (object o in Items(adapters))
            {
                IDictionary n = o as IDictionary;
                if (n == null || Bool(Get(n, "Virtual"))) { continue; }
                IDictionary c = CarrierOf(adapters, Str(Get(n, "MacAddress")));
                if (c != null) { list.Add(Plain(c)); }
            }
            return list;
        }

        // True when every carrier of `before` has come back on its interface: Windows has given it a
        // connection profile (NLA identified the network) and, if it was DHCP, a DHCP lease. Comparing or
        // repairing earlier turns what DHCP and NLA are about to provide into static settings (host-code 3).
        // Only what the carrier had before is awaited: an unplugged NIC never gets a profile or a lease, and
        // waiting for one would only burn the caller's whole settle time.
        // `before` is a carrier list (as journaled); `now` may be carriers or the whole adapters section.
        public static bool Settled(IList before, IList now, out string waitingFor)
        {
            List<string> missing = new List<string>();
            foreach (object o in Items(before))
            {
                IDictionary b = o as IDictionary;
                if (b == null) { continue; }
                string mac = Str(Get(b, "MacAddress"));
                IDictionary a = CarrierOf(now, mac);
                if (a == null)
                {
                    missing.Add(Str(Get(b, "Name")) + " [" + mac + "]: an interface carrying it");
                    continue;
                }
                IDictionary bi = Ip(b);
                IDictionary ai = Ip(a);
                List<string> wants = new List<string>();
                // The category it had, not just a profile (review-2 1): a new vNIC starts Public while NLA
                // identifies its network, and DomainAuthenticated comes only once a domain controller answered
                // (Microsoft Learn, "Domain-joined machines can't detect the domain profile": NLA calls
                // DsGetDcName, then authenticates over LDAP; it re-runs on every address or route change).
                int? wasCategory = Int(Get(bi, "NetworkCategory"));
                int? isCategory = Int(Get(ai, "NetworkCategory"));
                if (wasCategory != null && isCategory == null)
                {
                    wants.Add("a connection profile");
                }
                else if (wasCategory != null && isCategory != wasCategory)
                {
                    wants.Add("network category " + CategoryText(wasCategory.Value) + " (now " + CategoryText(isCategory.Value) + ")");
                }
                if (WasDhcp(bi) && HasOrigin(bi, "IPv4", OriginDhcp) && !HasOrigin(ai, "IPv4", OriginDhcp))
                {
                    wants.Add("a DHCP lease");
                }
                if (wants.Count > 0) { missing.Add(Str(Get(a, "Name")) + " [" + mac + "]: " + String.Join(", ", wants.ToArray())); }
            }
            waitingFor = String.Join("; ", missing.ToArray());
            return missing.Count == 0;
        }

        // A difference (from Compare) that only waits for Windows: the carrier was DomainAuthenticated and is
        // Public or Private now. Set-NetConnectionProfile cannot set DomainAuthenticated ("The server
        // automatically sets the value of DomainAuthenticated when the network is authenticated to a domain
        // controller", Set-NetConnectionProfile -NetworkCategory, MicrosoftDocs/windows-powershell-docs#2161);
        // NLA sets it again when a domain controller answers. The job reports it as a warning, not as a
        // difference that fails the task (review-2 1); disruptive.py config_differences decides alike.
        public static bool AwaitsDomain(IDictionary diff)
        {
            if (diff == null || Str(Get(diff, "field")) != "category") { return false; }
            int? was = Int(Get(diff, "before"));
            int? now = Int(Get(diff, "after"));
            return was == CategoryDomain && now != null && now >= 0 && now < CategoryNames.Length;
        }

        public static string CategoryText(int category)
        {
            if (category == CategoryDomain) { return "DomainAuthenticated"; }
            return category >= 0 && category < CategoryNames.Length ? CategoryNames[category] : category.ToString();
        }

        // What differs between two carrier lists, matched by MAC: entries {field, name, index, mac, before,
        // after, was} with field addresses (static ones only), dhcp, gateways, dns_servers, dns_suffix or
        // category, or field interface (index null) when no interface carries that MAC any more. Gateways
        // and DNS servers a carrier got from DHCP (or, for IPv6, from router advertisements or DHCPv6) are
        // not configuration to keep: they come back with the lease, and may legitimately change.
        // Like Settled and PlanRepairs: the second list may be carriers or the whole adapters section.
        public static List<Dictionary<string, object>> Compare(IList beforeCarriers, IList afterCarriers)
        {
            List<Dictionary<string, object>> diffs = new List<Dictionary<string, object>>();
            foreach (object o in Items(beforeCarriers))
            {
                IDictionary b = o as IDictionary;
                if (b == null) { continue; }
                string mac = Str(Get(b, "MacAddress"));
                IDictionary a = CarrierOf(afterCarriers, mac);
                if (a == null)
                {
                    diffs.Add(Diff("interface", Str(Get(b, "Name")), null, mac, Str(Get(b, "Name")), null, Ip(b)));
                    continue;
                }
                IDictionary bi = Ip(b);
                IDictionary ai = Ip(a);
                string name = Str(Get(a, "Name"));
                object index = Int(Get(a, "InterfaceIndex"));
                List<string[]> pairs = new List<string[]>();
                pairs.Add(new string[] { "addresses", Join(Static(bi)), Join(Static(ai)) });
                // A carrier without an IPv4 interface before (Dhcp null) has no DHCP setting to keep.
                if (Int(Get(bi, "Dhcp")) != null)
                {
                    pairs.Add(new string[] { "dhcp", IntText(Get(bi, "Dhcp")), IntText(Get(ai, "Dhcp")) });
                }
                pairs.Add(new string[] { "gateways", Join(Sorted(Gateways(bi, bi))), Join(Sorted(Gateways(ai, bi))) });
                pairs.Add(new string[] { "dns_servers", Join(DnsServers(bi, bi)), Join(DnsServers(ai, bi)) });
                pairs.Add(new string[] { "dns_suffix", Str(Get(bi, "DnsSuffix")), Str(Get(ai, "DnsSuffix")) });
                // A carrier that had no profile (unplugged) has no category to keep.
                if (Int(Get(bi, "NetworkCategory")) != null)
                {
                    pairs.Add(new string[] { "category", IntText(Get(bi, "NetworkCategory")), IntText(Get(ai, "NetworkCategory")) });
                }
                foreach (string[] p in pairs)
                {
                    if (!String.Equals(p[1], p[2], StringComparison.OrdinalIgnoreCase))
                    {
                        diffs.Add(Diff(p[0], name, index, mac, p[1], p[2], bi));
                    }
                }
            }
            return diffs;
        }

        // The cmdlet calls that restore, on the interface carrying each MAC now, only what differs from
        // before, in order: {call, args, field, name, reason}. call is the cmdlet, args its parameters by
        // name; call null (with a reason) marks what cannot be restored, which the caller reports as such.
        public static List<Dictionary<string, object>> PlanRepairs(IList beforeCarriers, IList nowCarriers)
        {
            List<Dictionary<string, object>> plan = new List<Dictionary<string, object>>();
            List<string> addressesPlanned = new List<string>();
            foreach (Dictionary<string, object> d in Compare(beforeCarriers, nowCarriers))
            {
                string field = (string)d["field"];
                string name = (string)d["name"];
                IDictionary bi = (IDictionary)d["was"];
                if (field == "interface")
                {
                    plan.Add(Repair(null, null, field, name, "not restorable: no interface carries MAC " + d["mac"] + " now"));
                    continue;
                }
                if (d["index"] == null)
                {
                    plan.Add(Repair(null, null, field, name, "not restorable: the interface reports no InterfaceIndex"));
                    continue;
                }
                int ix = (int)d["index"];
                string mac = (string)d["mac"];
                IDictionary ai = Ip(CarrierOf(nowCarriers, mac));
                if (field == "dhcp" || field == "addresses")
                {
                    // Both differences are one repair: planned once, at the first of the two.
                    if (addressesPlanned.Contains(mac)) { continue; }
                    addressesPlanned.Add(mac);
                    PlanAddresses(plan, bi, ai, ix, name);
                }
                else if (field == "gateways")
                {
                    List<string> have = Gateways(ai, bi);
                    foreach (string g in Gateways(bi, bi))
                    {
                        if (Contains(have, g)) { continue; }
                        Dictionary<string, object> args = Args(ix);
                        args["DestinationPrefix"] = g.Contains(":") ? "::/0" : "0.0.0.0/0";
                        args["NextHop"] = g;
                        // No -PolicyStore: the default writes ActiveStore and PersistentStore. Only static
                        // carriers get here, and their gateway was persistent configuration; an
                        // ActiveStore-only route would vanish at the next reboot.
                        plan.Add(Repair("New-NetRoute", args, field, name, null));
                    }
                }
                else if (field == "dns_servers")
                {
                    // The servers as they were, without the fec0:0:0:ffff:: placeholders Windows lists for
                    // IPv6 (the adapters section merges both families): pinning those would make them static.
                    List<string> servers = DnsServers(bi, bi);
                    Dictionary<string, object> args = Args(ix);
                    if (servers.Count > 0) { args["ServerAddresses"] = servers.ToArray(); } else { args["ResetServerAddresses"] = true; }
                    plan.Add(Repair("Set-DnsClientServerAddress", args, field, name, null));
                }
                else if (field == "dns_suffix")
                {
                    Dictionary<string, object> args = Args(ix);
                    args["ConnectionSpecificSuffix"] = Str(Get(bi, "DnsSuffix"));
                    plan.Add(Repair("Set-DnsClient", args, field, name, null));
                }
                else if (field == "category")
                {
                    int cat = (int)Int(Get(bi, "NetworkCategory"));
                    if (cat == CategoryDomain && Int(Get(ai, "NetworkCategory")) != null)
                    {
                        // Set-NetConnectionProfile cannot set it: NLA does, once a domain controller answers. Not
                        // a repair: the job reports it as a warning when it is still missing (AwaitsDomain).
                        continue;
                    }
                    if (Int(Get(ai, "NetworkCategory")) == null)
                    {
                        plan.Add(Repair(null, null, field, name, "not restorable: the interface has no connection profile yet"));
                    }
                    else if (cat < 0 || cat >= CategoryNames.Length)
                    {
                        plan.Add(Repair(null, null, field, name, "not restorable: unknown network category " + cat));
                    }
                    else
                    {
                        Dictionary<string, object> args = Args(ix);
                        args["NetworkCategory"] = CategoryNames[cat];
                        plan.Add(Repair("Set-NetConnectionProfile", args, field, name, null));
                    }
                }
            }
            return plan;
        }

        // Addresses and the DHCP switch as they were. A static carrier gets DHCP off and loses the addresses
        // it did not have (a lease or 169.254.x.y taken while DHCP was on); then the missing static ones.
        private static void PlanAddresses(List<Dictionary<string, object>> plan, IDictionary bi, IDictionary ai, int ix, string name)
        {
            int? was = Int(Get(bi, "Dhcp"));
            int? now = Int(Get(ai, "Dhcp"));
            if (was != null && was != now)
            {
                Dictionary<string, object> args = Args(ix);
                args["AddressFamily"] = "IPv4";
                args["Dhcp"] = was == 0 ? "Disabled" : "Enabled";
                plan.Add(Repair("Set-NetIPInterface", args, "dhcp", name, null));
            }
            if (was == 0)
            {
                foreach (IDictionary e in Entries(ai, "IPv4"))
                {
                    if (Int(Get(e, "PrefixOrigin")) == OriginManual) { continue; }
                    Dictionary<string, object> args = Args(ix);
                    args["IPAddress"] = Str(Get(e, "IPAddress"));
                    plan.Add(Repair("Remove-NetIPAddress", args, "addresses", name, null));
                }
            }
            List<string> have = new List<string>();
            foreach (string f in new string[] { "IPv4", "IPv6" })
            {
                foreach (IDictionary e in Entries(ai, f)) { have.Add(Str(Get(e, "IPAddress"))); }
            }
            foreach (string f in new string[] { "IPv4", "IPv6" })
            {
                foreach (IDictionary e in Entries(bi, f))
                {
                    string address = Str(Get(e, "IPAddress"));
                    if (Int(Get(e, "PrefixOrigin")) != OriginManual || Contains(have, address)) { continue; }
                    Dictionary<string, object> args = Args(ix);
                    args["IPAddress"] = address;
                    args["PrefixLength"] = Int(Get(e, "PrefixLength"));
                    plan.Add(Repair("New-NetIPAddress", args, "addresses", name, null));
                }
            }
        }

        // ---- reading the snapshot's shapes ----

        // The entry in `list` carrying MAC `mac` (the Carriers rule): a host vNIC with that MAC, else the
        // physical NIC with that MAC unless it is bound. Works on carrier lists and on adapters sections.
        private static IDictionary CarrierOf(IList list, string mac)
        {
            IDictionary nic = null;
            foreach (object o in Items(list))
            {
                IDictionary x = o as IDictionary;
                if (x == null || mac.Length == 0 || !String.Equals(Str(Get(x, "MacAddress")), mac, StringComparison.OrdinalIgnoreCase)) { continue; }
                if (Bool(Get(x, "Virtual"))) { return x; }
                if (Int(Get(Ip(x), "InterfaceMetric")) != null) { nic = x; }
            }
            return nic;
        }

        private static bool WasDhcp(IDictionary ip)
        {
            return Int(Get(ip, "Dhcp")) == 1;
        }

        // IPv6 routers and DNS servers come from router advertisements or DHCPv6 when the interface's IPv6
        // addresses do; pinning them is the same mistake as pinning DHCP's.
        private static bool Ipv6Dynamic(IDictionary ip)
        {
            return HasOrigin(ip, "IPv6", OriginRouterAdvertisement) || HasOrigin(ip, "IPv6", OriginDhcp);
        }

        // The gateways of `ip` that are configuration of the carrier described by `was` (see Compare), each
        // once: Get-NetRoute without -PolicyStore lists a static route of both stores twice, and one
        // New-NetRoute (both stores) restores both.
        private static List<string> Gateways(IDictionary ip, IDictionary was)
        {
            List<string> out_ = new List<string>();
            foreach (string g in Configured(Strings(Get(ip, "Gateways")), was))
            {
                if (!Contains(out_, g)) { out_.Add(g); }
            }
            return out_;
        }

        // The DNS servers of `ip`, in order, that are configuration of `was`, without IPv6 placeholders.
        private static List<string> DnsServers(IDictionary ip, IDictionary was)
        {
            List<string> out_ = new List<string>();
            foreach (string s in Configured(Strings(Get(ip, "DnsServers")), was))
            {
                if (!IsPlaceholder(s)) { out_.Add(s); }
            }
            return out_;
        }

        private static List<string> Configured(List<string> values, IDictionary was)
        {
            List<string> out_ = new List<string>();
            if (WasDhcp(was)) { return out_; }
            bool v6 = !Ipv6Dynamic(was);
            foreach (string s in values)
            {
                if (!s.Contains(":") || v6) { out_.Add(s); }
            }
            return out_;
        }

        // fec0:0:0:ffff::1, ::2 and ::3: the well-known site-local resolvers Windows lists for IPv6 when
        // none is configured (draft-ietf-ipv6-dns-discovery); not a setting of the interface.
        private static bool IsPlaceholder(string s)
        {
            return s.StartsWith("fec0:0:0:ffff::", StringComparison.OrdinalIgnoreCase);
        }

        // "address/length" of the manually configured addresses, both families, sorted.
        private static List<string> Static(IDictionary ip)
        {
            List<string> out_ = new List<string>();
            foreach (string f in new string[] { "IPv4", "IPv6" })
            {
                foreach (IDictionary e in Entries(ip, f))
                {
                    if (Int(Get(e, "PrefixOrigin")) == OriginManual) { out_.Add((Str(Get(e, "IPAddress")) + "/" + IntText(Get(e, "PrefixLength"))).ToLowerInvariant()); }
                }
            }
            return Sorted(out_);
        }

        private static bool HasOrigin(IDictionary ip, string family, int origin)
        {
            foreach (IDictionary e in Entries(ip, family))
            {
                if (Int(Get(e, "PrefixOrigin")) == origin) { return true; }
            }
            return false;
        }

        private static List<IDictionary> Entries(IDictionary ip, string family)
        {
            List<IDictionary> out_ = new List<IDictionary>();
            foreach (object o in Items(Get(ip, family) as IList))
            {
                IDictionary e = o as IDictionary;
                if (e != null) { out_.Add(e); }
            }
            return out_;
        }

        private static IDictionary Ip(IDictionary adapter)
        {
            IDictionary ip = Get(adapter, "ip") as IDictionary;
            return ip ?? new Dictionary<string, object>();
        }

        private static object Get(IDictionary d, string key)
        {
            return d != null && d.Contains(key) ? d[key] : null;
        }

        private static IList Items(IList list)
        {
            return list ?? new object[0];
        }

        private static List<string> Strings(object value)
        {
            List<string> out_ = new List<string>();
            IList list = value as IList;
            if (list == null) { return out_; }
            foreach (object o in list)
            {
                if (o != null) { out_.Add(o.ToString()); }
            }
            return out_;
        }

        private static string Str(object value)
        {
            return value == null ? "" : value.ToString();
        }

        private static int? Int(object value)
        {
            if (value == null || value is bool) { return null; }
            if (value is string)
            {
                int parsed;
                return Int32.TryParse((string)value, out parsed) ? (int?)parsed : null;
            }
            try { return Convert.ToInt32(value); } catch (InvalidCastException) { return null; } catch (OverflowException) { return null; }
        }

        private static string IntText(object value)
        {
            int? i = Int(value);
            return i == null ? "" : i.Value.ToString();
        }

        private static bool Bool(object value)
        {
            return value is bool && (bool)value;
        }

        private static List<string> Sorted(List<string> values)
        {
            List<string> copy = new List<string>(values);
            copy.Sort(StringComparer.OrdinalIgnoreCase);
            return copy;
        }

        private static string Join(List<string> values)
        {
            return String.Join(",", values.ToArray());
        }

        private static bool Contains(List<string> values, string value)
        {
            foreach (string v in values)
            {
                if (String.Equals(v, value, StringComparison.OrdinalIgnoreCase)) { return true; }
            }
            return false;
        }

        // A carrier entry as a Dictionary<string, object>, the same object when it is one already.
        private static Dictionary<string, object> Plain(IDictionary d)
        {
            Dictionary<string, object> plain = d as Dictionary<string, object>;
            if (plain != null) { return plain; }
            plain = new Dictionary<string, object>();
            foreach (DictionaryEntry e in d) { plain[e.Key.ToString()] = e.Value; }
            return plain;
        }

        // ---- building the results ----

        private static Dictionary<string, object> Diff(string field, string name, object index, string mac, string before, string after, IDictionary was)
        {
            Dictionary<string, object> d = new Dictionary<string, object>();
            d["field"] = field;
            d["name"] = name;
            d["index"] = index;
            d["mac"] = mac;
            d["before"] = before;
            d["after"] = after;
            d["was"] = was;
            return d;
        }

        private static Dictionary<string, object> Args(int index)
        {
            Dictionary<string, object> args = new Dictionary<string, object>();
            args["InterfaceIndex"] = index;
            return args;
        }

        private static Dictionary<string, object> Repair(string call, Dictionary<string, object> args, string field, string name, string reason)
        {
            Dictionary<string, object> a = new Dictionary<string, object>();
            a["call"] = call;
            a["args"] = args;
            a["field"] = field;
            a["name"] = name;
            a["reason"] = reason;
            return a;
        }
    }
}
