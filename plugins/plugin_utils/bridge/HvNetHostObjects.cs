// hyperv.network bridge logic for the host objects that are not HNS objects (docs/design/host-objects.md
// sections 1 and 2): an endpoint attached to the host's default compartment, IPv4 routes in the ActiveStore,
// IPv4 forwarding per interface, Windows Firewall rules, and the snapshot sections routes, firewall_rules,
// vms and host.features. C# 5 only. Part of the Bridge class (HvNetBridge.cs): the same seams, the same
// call sites, executed under Mono against the fake Windows (tests/hostcode/fakewin).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace HyperVNetwork
{
    public partial class Bridge
    {
        // The group every rule this collection creates carries (New-NetFirewallRule -Group); the snapshot lists it.
        public const string FirewallGroup = "hyperv.network";
        // How long an attach waits for the vNIC holding the endpoint's address (flannel hostgw_windows.go polls 5 s).
        public const int AttachWaitMs = 5000;
        public const int AttachPollMs = 250;

        // ---- Small readers ----

        // An enum as a call site hands it over: the enum value (its number through IConvertible), a number,
        // or its name (names: pairs of name and value).
        public static int EnumInt(object v, params object[] names)
        {
            if (v == null) { return 0; }
            string s = v as string;
            if (s == null) { return ToInt(v); }
            for (int i = 0; i + 1 < names.Length; i += 2)
            {
                if (Same((string)names[i], s)) { return (int)names[i + 1]; }
            }
            int n;
            if (Int32.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out n)) { return n; }
            throw new BridgeError("INTERNAL", "unexpected enum value '" + s + "'", null);
        }

        // true for a bool true, the text True, or 1: NetSecurity's Enabled enum is True = 1, False = 2
        // (MSFT_NetFirewallRule Enabled), so Convert.ToBoolean would read False (2) as true.
        public static bool Truthy(object v)
        {
            if (v == null) { return false; }
            if (v is bool) { return (bool)v; }
            string s = Str(v);
            return Same(s, "True") || s == "1";
        }

        // A string property that may be one string or a list (LocalPort, RemoteAddress, IPAddresses).
        public static List<object> Texts(object v)
        {
            List<object> list = new List<object>();
            if (v == null) { return list; }
            if (v is string) { list.Add(v); return list; }
            IEnumerable many = v as IEnumerable;
            if (many == null) { list.Add(Str(v)); return list; }
            foreach (object x in many) { if (x != null) { list.Add(Str(Unwrap(x))); } }
            return list;
        }

        // ---- Arguments checked before any call (a clear error naming the field) ----

        // A dotted IPv4 address (four decimal parts 0-255, no leading sign or spaces).
        public static bool IsIPv4(string s)
        {
            if (String.IsNullOrEmpty(s)) { return false; }
            string[] parts = s.Split('.');
            if (parts.Length != 4) { return false; }
            foreach (string part in parts)
            {
                int n;
                if (part.Length < 1 || part.Length > 3) { return false; }
                foreach (char c in part) { if (c < '0' || c > '9') { return false; } }
                if (!Int32.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n > 255) { return false; }
            }
            return true;
        }

        // An IPv4 prefix a.b.c.d/n with n from 0 to 32.
        public static bool IsIPv4Prefix(string s)
        {
            if (s == null) { return false; }
            int slash = s.IndexOf('/');
            if (slash < 0 || !IsIPv4(s.Substring(0, slash))) { return false; }
            string bits = s.Substring(slash + 1);
            int n;
            if (bits.Length < 1 || bits.Length > 2) { return false; }
            foreach (char c in bits) { if (c < '0' || c > '9') { return false; } }
            return Int32.TryParse(bits, NumberStyles.None, CultureInfo.InvariantCulture, out n) && n <= 32;
        }

        // A required text: present and not empty; a name used in a query must not carry a wildcard (* ? [ ]).
        private static string Text(IDictionary a, string key, bool name)
        {
            string v = Arg(a, key) as string;
            if (String.IsNullOrEmpty(v)) { throw new BridgeError("BAD_REQUEST", key + " must be a non-empty string", key); }
            if (name && v.IndexOfAny(new char[] { '*', '?', '[', ']' }) >= 0) { throw new BridgeError("BAD_REQUEST", key + " must not contain the wildcard characters * ? [ ]: '" + v + "'", key); }
            return v;
        }

        // interface_alias, destination_prefix, next_hop of a route op, checked.
        private static string[] RouteArgs(IDictionary a)
        {
            string alias = Text(a, "interface_alias", false);
            string prefix = Str(Arg(a, "destination_prefix"));
            if (!IsIPv4Prefix(prefix)) { throw new BridgeError("BAD_REQUEST", "destination_prefix must be an IPv4 prefix such as 10.250.8.0/24, not '" + prefix + "'", "destination_prefix"); }
            string hop = Str(Arg(a, "next_hop"));
            if (!IsIPv4(hop)) { throw new BridgeError("BAD_REQUEST", "next_hop must be an IPv4 address, not '" + hop + "'", "next_hop"); }
            return new string[] { alias, prefix, hop };
        }

        // ip_forwarding_set: exactly one of interface_alias and ip_address, enabled a boolean; returns enabled.
        private static bool ForwardingArgs(IDictionary a)
        {
            object aliasArg = Arg(a, "interface_alias");
            object ipArg = Arg(a, "ip_address");
            if ((aliasArg == null) == (ipArg == null)) { throw new BridgeError("BAD_REQUEST", "ip_forwarding_set needs exactly one of interface_alias and ip_address", "interface_alias, ip_address"); }
            if (!(Arg(a, "enabled") is bool)) { throw new BridgeError("BAD_REQUEST", "ip_forwarding_set: enabled must be true or false", "enabled"); }
            if (ipArg != null && !IsIPv4(ipArg as string)) { throw new BridgeError("BAD_REQUEST", "ip_address must be an IPv4 address, not '" + Str(ipArg) + "'", "ip_address"); }
            if (aliasArg != null) { Text(a, "interface_alias", false); }
            return (bool)Arg(a, "enabled");
        }

        // The host-object operations' arguments, checked for the whole batch before anything runs (Batch,
        // ShapeProblem: never a half-applied batch); null or the problem, naming the field. Each operation
        // checks its own again when it runs.
        public static string HostObjectArgsProblem(string op, IDictionary a)
        {
            if (a == null) { a = new Dictionary<string, object>(); }
            try
            {
                if (op == "net_route_add" || op == "net_route_remove") { RouteArgs(a); }
                else if (op == "ip_forwarding_set") { ForwardingArgs(a); }
                else if (op == "firewall_rule_create" || op == "firewall_rule_set" || op == "firewall_rule_remove")
                {
                    Text(a, "name", true);
                    if (op != "firewall_rule_remove") { Port(a); RemoteAddresses(a); }
                    if (op == "firewall_rule_set") { RuleEnabled(a); }
                    if (op == "firewall_rule_create")
                    {
                        Text(a, "display_name", false);
                        OneOf(a, "direction", "Inbound", "Outbound");
                        OneOf(a, "protocol", "UDP", "TCP");
                        OneOf(a, "action", "Allow", "Block");
                    }
                }
            }
            catch (BridgeError e) { return e.Message; }
            return null;
        }

        private static bool Mentions(string text, string what)
        {
            return text != null && text.IndexOf(what, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        // A cmdlet error whose category is ObjectNotFound (ErrorRecord.CategoryInfo.Category, read by reflection)
        // or whose FullyQualifiedErrorId says NotFound (cmdletization: CmdletizationQuery_NotFound,<cmdlet>).
        public static bool ObjectNotFound(Exception ex)
        {
            for (Exception x = ex; x != null; x = x.InnerException)
            {
                System.Reflection.PropertyInfo p = x.GetType().GetProperty("ErrorRecord");
                object rec = p == null ? null : p.GetValue(x, null);
                if (rec == null) { continue; }
                System.Reflection.PropertyInfo ci = rec.GetType().GetProperty("CategoryInfo");
                object info = ci == null ? null : ci.GetValue(rec, null);
                System.Reflection.PropertyInfo cat = info == null ? null : info.GetType().GetProperty("Category");
                if (cat != null && Str(cat.GetValue(info, null)) == "ObjectNotFound") { return true; }
                if (Mentions(FullyQualifiedErrorId(x), "NotFound")) { return true; }
            }
            return false;
        }

        // ---- Interfaces: found in C# by exact, case-insensitive alias (Get-NetIPInterface -InterfaceAlias takes
        // wildcards), or by the IPv4 address they hold ----
        private object IPv4Interface(string alias, int index)
        {
            object found = null;
            foreach (object i in Call("Get-NetIPInterface", P("AddressFamily", "IPv4", "ErrorAction", "SilentlyContinue")))
            {
                if (EnumInt(Prop(i, "AddressFamily"), "IPv4", 2, "IPv6", 23) != 2) { continue; }
                if (alias != null ? Same(PStr(i, "InterfaceAlias"), alias) : ToInt(Prop(i, "InterfaceIndex")) == index) { found = i; }
            }
            return found;
        }

        private object RequireIPv4Interface(string alias)
        {
            object i = IPv4Interface(alias, 0);
            if (i == null) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: no IPv4 interface named '" + alias + "' (Get-NetIPInterface -AddressFamily IPv4)", "interface present interface_alias=" + alias); }
            return i;
        }

        // The IPv4 address entry (Get-NetIPAddress) equal to ip, or null.
        private object AddressHolder(string ip)
        {
            foreach (object x in Call("Get-NetIPAddress", P("IPAddress", ip, "AddressFamily", "IPv4", "ErrorAction", "SilentlyContinue")))
            {
                if (PStr(x, "IPAddress") == ip) { return x; }
            }
            return null;
        }

        // ---- hcn_endpoint_host_attach / hcn_endpoint_host_detach: the v1 HNSCall hcsshim uses ----

        // POST /endpoints/<id>/<verb>. A failed HRESULT throws HcnException; HNS's own refusal is the envelope
        // {"Success":false,"Error":"...","ErrorCode":n} (hcsshim internal/hns/hnsfuncs.go hnsCall: "HNS failed
        // with error"). True when the refusal mentions okText: the wanted state holds already.
        // okText or okCode (HNS's ErrorCode, or the HRESULT of a failed call) mean the wanted state already holds.
        private bool HnsEndpointCall(Guid id, string verb, string body, string okText, int okCode)
        {
            string path = "/endpoints/" + id.ToString() + "/" + verb;
            string text;
            try { text = w.Hcn.HnsCall("POST", path, body); }
            catch (HcnException h)
            {
                if (Mentions(h.ErrorRecord, okText) || h.HResult == okCode) { return true; }
                throw;
            }
            IDictionary r = null;
            try { r = json.DeserializeObject(text ?? "") as IDictionary; }
            catch (ArgumentException) { r = null; }
            if (r != null && true.Equals(Arg(r, "Success"))) { return false; }
            string error = r == null ? text : Str(Arg(r, "Error"));
            if (Mentions(error, okText)) { return true; }
            object code = r == null ? null : Arg(r, "ErrorCode");
            if (code != null && unchecked((int)Convert.ToInt64(code, CultureInfo.InvariantCulture)) == okCode) { return true; }
            if (code != null && Convert.ToInt64(code, CultureInfo.InvariantCulture) != 0)
            {
                throw new HcnException("HNSCall POST " + path, unchecked((int)Convert.ToInt64(code, CultureInfo.InvariantCulture)), text);
            }
            throw new BridgeError("HNS_ERROR", "HNSCall POST " + path + ": " + (error ?? "no answer"), text);
        }

        // The endpoint's IPv4 address from its HCN v2 document (IpConfigurations[].IpAddress; the v1 field
        // IPAddress otherwise).
        private string EndpointIPv4(Guid id)
        {
            IDictionary doc = json.DeserializeObject(w.Hcn.Query("endpoint", id, Hcn.DefaultQuery)) as IDictionary;
            IEnumerable configs = Arg(doc, "IpConfigurations") as IEnumerable;
            if (configs != null)
            {
                foreach (object c in configs)
                {
                    string ip = Str(Arg(c as IDictionary, "IpAddress"));
                    if (!String.IsNullOrEmpty(ip) && ip.IndexOf(':') < 0) { return ip; }
                }
            }
            string v1 = Str(Arg(doc, "IPAddress"));
            if (!String.IsNullOrEmpty(v1) && v1.IndexOf(':') < 0) { return v1; }
            throw new BridgeError("PRECONDITION_FAILED", "precondition failed: endpoint " + id + " has no IPv4 address in its IpConfigurations, so its host vNIC cannot be found", "endpoint ipv4 id=" + id);
        }

        private void HcnEndpointHostAttach(IDictionary a, Dictionary<string, object> d)
        {
            Guid id = new Guid(Str(Arg(a, "id")));
            string ip = EndpointIPv4(id);
            // hcsshim internal/hns/hnsendpoint.go HostAttach(1): EndpointAttachDetachRequest {SystemType Host,
            // CompartmentId 1}. Attaching an attached endpoint answers "This endpoint is already attached to the
            // switch." (flannel pkg/backend/hostgw/hostgw_windows.go, flannel#1391): success.
            bool already = AttachRetried(id);
            d["id"] = id.ToString();
            d["already_attached"] = already;
            object addr = AwaitAddress(ip);
            d["reattached"] = false;
            if (addr == null && already)
            {
                // HNS holds the endpoint attached but no interface has its address: the state flannel#1391 and
                // sig-windows-tools#94 show after a restart, which every later attach answers "already attached".
                // Detach and attach once more before failing (review 4 finding 3).
                HnsEndpointCall(id, "detach", "{\"SystemType\":\"Host\"}", "not attached", HcnEndpointNotAttached);
                AttachRetried(id);
                d["reattached"] = true;
                addr = AwaitAddress(ip);
            }
            if (addr == null)
            {
                throw new BridgeError("HNS_ERROR", "endpoint " + id + " is attached to the host, but no interface holds its address " + ip + " after " + (AttachWaitMs / 1000) + " s (Get-NetIPAddress)", "attach wait ip=" + ip);
            }
            int ix = ToInt(Prop(addr, "InterfaceIndex"));
            d["interface_index"] = ix;
            d["interface_alias"] = CStr(addr, "InterfaceAlias");
            // No default route on the gateway endpoint's vNIC (review 3 finding 2): a 0.0.0.0/0 there would
            // compete with the host's own gateway.
            int removed = 0;
            foreach (object r in Call("Get-NetRoute", P("InterfaceIndex", ix, "DestinationPrefix", "0.0.0.0/0", "ErrorAction", "SilentlyContinue")))
            {
                if (PStr(r, "DestinationPrefix") == "0.0.0.0/0" && ToInt(Prop(r, "InterfaceIndex")) == ix) { removed++; }
            }
            if (removed > 0)
            {
                try { Call("Remove-NetRoute", P("InterfaceIndex", ix, "DestinationPrefix", "0.0.0.0/0", "Confirm", false)); }
                catch (Exception e) { if (!ObjectNotFound(e)) { throw; } }
            }
            d["default_routes_removed"] = removed;
            // A new interface registers its addresses in DNS under the computer's name; on a domain-joined host the
            // name would then also resolve to this address, which only fleet members can reach (review 4 finding 2;
            // moby/moby#31098 and docker/for-win#508: "HNS adapter shall have automatic DNS registration disabled").
            Call("Set-DnsClient", P("InterfaceIndex", ix, "RegisterThisConnectionsAddress", false));
            d["dns_registration"] = false;
        }

        // The v1 attach, retried for up to AttachWaitMs on any refusal other than "already attached", as flannel's
        // hostgw_windows.go polls HostAttach(1) every 500 ms for 5 s (attach failures arrive as unrelated Win32
        // HRESULTs too: flannel#1112). True: it was attached already.
        private bool AttachRetried(Guid id)
        {
            DateTime until = w.Clock.UtcNow.AddMilliseconds(AttachWaitMs);
            while (true)
            {
                try { return HnsEndpointCall(id, "attach", "{\"SystemType\":\"Host\",\"CompartmentId\":1}", "already attached", HcnEndpointAlreadyAttached); }
                catch (Exception e)
                {
                    bool hns = e is HcnException || (e is BridgeError && ((BridgeError)e).Code == "HNS_ERROR");
                    if (!hns || w.Clock.UtcNow >= until) { throw; }
                    w.Clock.Sleep(AttachPollMs);
                }
            }
        }

        // The vNIC (vEthernet (<endpoint name>)) appears with the address a moment after the attach: wait, bounded,
        // as flannel does for the interface holding an IP (review 3 design step 5). Null: none holds it.
        private object AwaitAddress(string ip)
        {
            DateTime until = w.Clock.UtcNow.AddMilliseconds(AttachWaitMs);
            object addr = AddressHolder(ip);
            while (addr == null && w.Clock.UtcNow < until)
            {
                w.Clock.Sleep(AttachPollMs);
                addr = AddressHolder(ip);
            }
            return addr;
        }

        // Microsoft Learn, "HCN error codes" (virtualization/api/hcn/reference/hcn-errors): HCN_E_ENDPOINT_ALREADY_ATTACHED
        // "This endpoint is already attached to the switch." and HCN_E_ENDPOINT_NOT_ATTACHED.
        private const int HcnEndpointAlreadyAttached = unchecked((int)0x803B0014);
        private const int HcnEndpointNotAttached = unchecked((int)0x803B0034);

        private void HcnEndpointHostDetach(IDictionary a, Dictionary<string, object> d)
        {
            Guid id = new Guid(Str(Arg(a, "id")));
            // hcsshim HostDetach: {SystemType Host} (CompartmentId is omitempty). An endpoint that is not attached:
            // success (the wanted state holds). HNS's text for it is HCN_E_ENDPOINT_NOT_ATTACHED's, "The endpoint must
            // be attached to complete the operation" (0x803B0034, Microsoft Learn "HCN error codes"); the HRESULT
            // is matched as well as the text.
            bool notAttached = HnsEndpointCall(id, "detach", "{\"SystemType\":\"Host\"}", "not attached", HcnEndpointNotAttached);
            d["id"] = id.ToString();
            d["was_attached"] = !notAttached;
        }

        // ---- net_route_add / net_route_remove: IPv4 routes in the ActiveStore ----

        // The ActiveStore routes on interface ix to prefix via hop (compared in C#: the filters are queries).
        private List<object> RoutesOn(int ix, string prefix, string hop)
        {
            List<object> m = new List<object>();
            foreach (object r in Call("Get-NetRoute", P("InterfaceIndex", ix, "DestinationPrefix", prefix, "PolicyStore", "ActiveStore", "ErrorAction", "SilentlyContinue")))
            {
                if (ToInt(Prop(r, "InterfaceIndex")) == ix && PStr(r, "DestinationPrefix") == prefix && PStr(r, "NextHop") == hop) { m.Add(r); }
            }
            return m;
        }

        private static void RouteData(Dictionary<string, object> d, string alias, object index, string prefix, string hop)
        {
            d["interface_alias"] = alias;
            d["interface_index"] = index;
            d["destination_prefix"] = prefix;
            d["next_hop"] = hop;
            d["changed"] = false;
        }

        private void NetRouteAdd(IDictionary a, Dictionary<string, object> d)
        {
            string[] route = RouteArgs(a);
            string prefix = route[1];
            string hop = route[2];
            object ipif = RequireIPv4Interface(route[0]);
            int ix = ToInt(Prop(ipif, "InterfaceIndex"));
            string alias = CStr(ipif, "InterfaceAlias");
            RouteData(d, alias, ix, prefix, hop);
            // New-NetRoute on a route that exists fails ("Instance MSFT_NetRoute already exists",
            // ansible-collections/community.windows#312): the same prefix, next hop and interface is success
            // without a call, and stays unowned if it was.
            if (RoutesOn(ix, prefix, hop).Count > 0) { return; }
            string key = alias + "|" + prefix + "|" + hop;
            // Owned before the cmdlet runs: a lost answer leaves an owned route, never an unowned one we made.
            ChangeLedger("routes", key, true);
            try { Call("New-NetRoute", P("InterfaceIndex", ix, "DestinationPrefix", prefix, "NextHop", hop, "PolicyStore", "ActiveStore")); }
            catch (Exception)
            {
                try { if (RoutesOn(ix, prefix, hop).Count == 0) { ChangeLedger("routes", key, false); } }
                catch (Exception) { }
                throw;
            }
            d["changed"] = true;
        }

        private void NetRouteRemove(IDictionary a, Dictionary<string, object> d)
        {
            string[] route = RouteArgs(a);
            string given = route[0];
            string prefix = route[1];
            string hop = route[2];
            object ipif = IPv4Interface(given, 0);
            RouteData(d, ipif == null ? given : CStr(ipif, "InterfaceAlias"), ipif == null ? null : (object)ToInt(Prop(ipif, "InterfaceIndex")), prefix, hop);
            if (ipif != null)
            {
                foreach (object r in RoutesOn(ToInt(Prop(ipif, "InterfaceIndex")), prefix, hop))
                {
                    // The route as Get-NetRoute returned it (an object, never a query that could match more).
                    try
                    {
                        Call("Remove-NetRoute", P("InputObject", r, "Confirm", false));
                        d["changed"] = true;
                    }
                    catch (Exception e) { if (!ObjectNotFound(e)) { throw; } }
                }
            }
            // Released after the removal (or when there is nothing left to remove: the interface or the route is gone).
            ChangeLedger("routes", given + "|" + prefix + "|" + hop, false);
        }

        // ---- ip_forwarding_set ----
        private void IpForwardingSet(IDictionary a, Dictionary<string, object> d)
        {
            bool enable = ForwardingArgs(a);
            object aliasArg = Arg(a, "interface_alias");
            object ipArg = Arg(a, "ip_address");
            object ipif;
            if (ipArg != null)
            {
                object addr = AddressHolder(Str(ipArg));
                if (addr == null) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: no interface holds the IPv4 address " + Str(ipArg) + " (Get-NetIPAddress)", "interface present ip_address=" + Str(ipArg)); }
                ipif = IPv4Interface(null, ToInt(Prop(addr, "InterfaceIndex")));
                if (ipif == null) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: the interface holding " + Str(ipArg) + " has no IPv4 interface", "interface present ip_address=" + Str(ipArg)); }
            }
            else
            {
                ipif = IPv4Interface(Str(aliasArg), 0);
                // Turning off forwarding on an interface that is gone (a vNIC removed with its endpoint or switch)
                // has nothing left to do: success, and the alias is no longer ours to restore.
                if (ipif == null && !enable)
                {
                    d["interface_alias"] = Str(aliasArg);
                    d["interface_index"] = null;
                    d["before"] = null;
                    d["changed"] = false;
                    ChangeLedger("forwarding", Str(aliasArg), false);
                    return;
                }
                if (ipif == null) { ipif = RequireIPv4Interface(Str(aliasArg)); }
            }
            int ix = ToInt(Prop(ipif, "InterfaceIndex"));
            string alias = CStr(ipif, "InterfaceAlias");
            // MSFT_NetIPInterface Forwarding: 0 Disabled, 1 Enabled.
            int before = EnumInt(Prop(ipif, "Forwarding"), "Disabled", 0, "Enabled", 1);
            d["interface_alias"] = alias;
            d["interface_index"] = ix;
            d["before"] = before;
            d["changed"] = false;
            // Only what we turned on is ever turned off again: owned when it read Disabled, before the call.
            if (enable && before == 0) { ChangeLedger("forwarding", alias, true); }
            if ((before == 1) != enable)
            {
                try { Call("Set-NetIPInterface", P("InterfaceIndex", ix, "AddressFamily", "IPv4", "Forwarding", enable ? "Enabled" : "Disabled")); }
                catch (Exception)
                {
                    try
                    {
                        object now = IPv4Interface(null, ix);
                        if (enable && (now == null || EnumInt(Prop(now, "Forwarding"), "Disabled", 0, "Enabled", 1) == 0)) { ChangeLedger("forwarding", alias, false); }
                    }
                    catch (Exception) { }
                    throw;
                }
                d["changed"] = true;
            }
            if (!enable) { ChangeLedger("forwarding", alias, false); }
        }

        // ---- firewall_rule_create / firewall_rule_set / firewall_rule_remove ----

        // The rules whose Name equals name (exact, case-insensitive in C#; Get-NetFirewallRule -Name is a query
        // that takes wildcards, MicrosoftDocs netsecurity: "Wildcard characters are accepted").
        private List<object> FirewallRulesNamed(string name)
        {
            List<object> m = new List<object>();
            foreach (object r in Call("Get-NetFirewallRule", P("Name", name, "ErrorAction", "SilentlyContinue")))
            {
                if (Same(PStr(r, "Name"), name)) { m.Add(r); }
            }
            return m;
        }

        private static string[] RemoteAddresses(IDictionary a)
        {
            if (Arg(a, "remote_addresses") != null && !(Arg(a, "remote_addresses") is IList)) { throw new BridgeError("BAD_REQUEST", "remote_addresses must be a list of IPv4 addresses or prefixes", "remote_addresses"); }
            List<string> list = StrList(a, "remote_addresses");
            foreach (string x in list)
            {
                if (!IsIPv4(x) && !IsIPv4Prefix(x)) { throw new BridgeError("BAD_REQUEST", "remote_addresses: '" + x + "' is not an IPv4 address or prefix", "remote_addresses"); }
            }
            // An empty list is Any (New-/Set-NetFirewallRule -RemoteAddress keyword).
            if (list.Count == 0) { list.Add("Any"); }
            return list.ToArray();
        }

        private static string OneOf(IDictionary a, string key, params string[] allowed)
        {
            string v = Str(Arg(a, key));
            foreach (string x in allowed) { if (x == v) { return v; } }
            throw new BridgeError("BAD_REQUEST", key + " must be one of " + String.Join(", ", allowed) + ", not '" + v + "'", key);
        }

        private static string Port(IDictionary a)
        {
            object v = Arg(a, "local_port");
            if (!(v is int) || (int)v < 1 || (int)v > 65535) { throw new BridgeError("BAD_REQUEST", "local_port must be an integer from 1 to 65535", "local_port"); }
            return ((int)v).ToString(CultureInfo.InvariantCulture);
        }

        private void FirewallRuleCreate(IDictionary a, Dictionary<string, object> d)
        {
            string name = Text(a, "name", true);
            string display = Text(a, "display_name", false);
            string direction = OneOf(a, "direction", "Inbound", "Outbound");
            string protocol = OneOf(a, "protocol", "UDP", "TCP");
            string action = OneOf(a, "action", "Allow", "Block");
            string port = Port(a);
            string[] remote = RemoteAddresses(a);
            d["name"] = name;
            d["changed"] = false;
            // A rule of that name that exists is not ours to take (nothing is recorded for it).
            List<object> existing = FirewallRulesNamed(name);
            if (existing.Count > 0)
            {
                throw new BridgeError("PRECONDITION_FAILED", "precondition failed: a firewall rule named '" + name + "' exists already (group '" + PStr(existing[0], "Group") + "'); it is not recorded as made by hyperv.network", "firewall_rule absent name=" + name);
            }
            ChangeLedger("firewall_rules", name, true);
            try
            {
                Call("New-NetFirewallRule", P("Name", name, "DisplayName", display, "Group", FirewallGroup, "Direction", direction,
                    "Protocol", protocol, "LocalPort", new string[] { port }, "RemoteAddress", remote, "Action", action, "Enabled", "True"));
            }
            catch (Exception)
            {
                try { if (FirewallRulesNamed(name).Count == 0) { ChangeLedger("firewall_rules", name, false); } }
                catch (Exception) { }
                throw;
            }
            d["changed"] = true;
        }

        // firewall_rule_set's optional enabled: null (leave it) or a boolean.
        private static object RuleEnabled(IDictionary a)
        {
            object v = Arg(a, "enabled");
            if (v != null && !(v is bool)) { throw new BridgeError("BAD_REQUEST", "enabled must be true or false", "enabled"); }
            return v;
        }

        private void FirewallRuleSet(IDictionary a, Dictionary<string, object> d)
        {
            string name = Text(a, "name", true);
            string port = Port(a);
            string[] remote = RemoteAddresses(a);
            object enabled = RuleEnabled(a);
            List<object> rules = FirewallRulesNamed(name);
            if (rules.Count != 1) { throw new BridgeError("PRECONDITION_FAILED", "precondition failed: expected exactly one firewall rule named '" + name + "', found " + rules.Count, "firewall_rule present name=" + name); }
            // The rule as an object: Set-NetFirewallRule -Name would take wildcards; the InputObject (cdxml) parameter
            // set takes -LocalPort and -RemoteAddress too (MicrosoftDocs netsecurity Set-NetFirewallRule).
            Dictionary<string, object> p = P("InputObject", rules[0], "LocalPort", new string[] { port }, "RemoteAddress", remote);
            // -Enabled is of the Enabled enum, not a boolean: the strings 'True' and 'False' (MicrosoftDocs
            // netsecurity New-/Set-NetFirewallRule, "Accepted values: True, False"; "$true and $false ... are not
            // acceptable values here"). Someone's Disable-NetFirewallRule leaves the filters and sets Enabled False.
            if (enabled != null) { p["Enabled"] = (bool)enabled ? "True" : "False"; }
            Call("Set-NetFirewallRule", p);
            d["name"] = name;
            d["changed"] = true;
        }

        private void FirewallRuleRemove(IDictionary a, Dictionary<string, object> d)
        {
            string name = Text(a, "name", true);
            d["name"] = name;
            d["changed"] = false;
            foreach (object r in FirewallRulesNamed(name))
            {
                try
                {
                    Call("Remove-NetFirewallRule", P("InputObject", r, "Confirm", false));
                    d["changed"] = true;
                }
                catch (Exception e) { if (!ObjectNotFound(e)) { throw; } }
            }
            ChangeLedger("firewall_rules", name, false);
        }

        // ---- Snapshot sections (docs/design/host-objects.md section 2) ----

        // IPv4 routes of the ActiveStore with a next hop (on-link routes, NextHop 0.0.0.0, are left out).
        private List<object> RoutesSection()
        {
            List<object> list = new List<object>();
            foreach (object r in Call("Get-NetRoute", P("AddressFamily", "IPv4", "PolicyStore", "ActiveStore", "ErrorAction", "SilentlyContinue")))
            {
                string hop = PStr(r, "NextHop");
                if (String.IsNullOrEmpty(hop) || hop == "0.0.0.0" || hop.IndexOf(':') >= 0) { continue; }
                Dictionary<string, object> e = new Dictionary<string, object>();
                e["InterfaceAlias"] = CStr(r, "InterfaceAlias");
                e["InterfaceIndex"] = ToInt(Prop(r, "InterfaceIndex"));
                e["DestinationPrefix"] = CStr(r, "DestinationPrefix");
                e["NextHop"] = hop;
                e["RouteMetric"] = ToInt(Prop(r, "RouteMetric") ?? 0);
                list.Add(e);
            }
            return list;
        }

        // The rules of group hyperv.network with their port and address filters. Enums as MSFT_NetFirewallRule
        // stores them: Direction 1 Inbound, 2 Outbound; Action 2 Allow, 3 AllowBypass, 4 Block; Enabled 1 True, 2 False.
        private List<object> FirewallRulesSection()
        {
            List<object> list = new List<object>();
            foreach (object r in Call("Get-NetFirewallRule", P("Group", FirewallGroup, "ErrorAction", "SilentlyContinue")))
            {
                if (!Same(PStr(r, "Group"), FirewallGroup)) { continue; }
                List<object> ports = Call("Get-NetFirewallPortFilter", P("AssociatedNetFirewallRule", r));
                List<object> addrs = Call("Get-NetFirewallAddressFilter", P("AssociatedNetFirewallRule", r));
                object pf = ports.Count > 0 ? ports[0] : null;
                object af = addrs.Count > 0 ? addrs[0] : null;
                Dictionary<string, object> e = new Dictionary<string, object>();
                e["Name"] = CStr(r, "Name");
                e["DisplayName"] = CStr(r, "DisplayName");
                e["Enabled"] = Truthy(Prop(r, "Enabled"));
                e["Direction"] = EnumInt(Prop(r, "Direction"), "Inbound", 1, "Outbound", 2);
                e["Action"] = EnumInt(Prop(r, "Action"), "NotConfigured", 0, "Allow", 2, "AllowBypass", 3, "Block", 4);
                e["Protocol"] = CStr(pf, "Protocol");
                e["LocalPort"] = Texts(Prop(pf, "LocalPort"));
                e["RemoteAddress"] = Texts(Prop(af, "RemoteAddress"));
                list.Add(e);
            }
            return list;
        }

        // Every VM with its NICs (issue 14's inventory): Hyper-V\Get-VM, Get-VMNetworkAdapter -VM,
        // Get-VMNetworkAdapterVlan. VMState: 2 Running, 3 Off, 6 Saved, 9 Paused (Microsoft.HyperV.PowerShell.VMState).
        private List<object> VmsSection()
        {
            List<object> list = new List<object>();
            foreach (object vm in Call("Hyper-V\\Get-VM", null))
            {
                List<object> nics = new List<object>();
                foreach (object nic in Call("Hyper-V\\Get-VMNetworkAdapter", P("VM", vm)))
                {
                    List<object> vls = Call("Hyper-V\\Get-VMNetworkAdapterVlan", P("VMNetworkAdapter", nic));
                    object vl = vls.Count > 0 ? vls[0] : null;
                    Dictionary<string, object> n = new Dictionary<string, object>();
                    n["Id"] = CStr(nic, "Id");
                    n["Name"] = CStr(nic, "Name");
                    n["SwitchName"] = PStr(nic, "SwitchName");
                    n["MacAddress"] = CStr(nic, "MacAddress");
                    n["IPAddresses"] = Texts(Prop(nic, "IPAddresses"));
                    // VlanOperationMode 1 Access: the access VLAN; anything else reports 0.
                    n["VlanId"] = EnumInt(Prop(vl, "OperationMode"), "Untagged", 0, "Access", 1, "Trunk", 2) == 1 ? ToInt(Prop(vl, "AccessVlanId") ?? 0) : 0;
                    nics.Add(n);
                }
                Dictionary<string, object> e = new Dictionary<string, object>();
                e["Name"] = CStr(vm, "Name");
                e["Id"] = CStr(vm, "Id");
                e["State"] = EnumInt(Prop(vm, "State"), "Other", 1, "Running", 2, "Off", 3, "Stopping", 4, "Saved", 6, "Paused", 9, "Starting", 10, "Reset", 11);
                e["Adapters"] = nics;
                list.Add(e);
            }
            return list;
        }

        // host.features: {Containers, Hyper-V, Hyper-V-PowerShell} installed or not. Server SKUs: ServerManager's
        // Get-WindowsFeature (Installed); client SKUs: DISM's Get-WindowsOptionalFeature -Online (State Enabled),
        // whose names are Containers, Microsoft-Hyper-V, Microsoft-Hyper-V-Management-PowerShell. null where
        // neither answers (the cmdlet fails).
        // Cached per boot in features.json of the helper's folder: Get-Module -ListAvailable and Get-WindowsFeature
        // take seconds on a real host, and every read that asks for the host section would pay them. Adding or
        // removing Containers or Hyper-V takes effect only after a restart (Install-WindowsFeature reports
        // RestartNeeded; Enable-WindowsOptionalFeature leaves EnablePending), so an answer holds until the next
        // boot; Win32_OperatingSystem's LastBootUpTime names the boot. An unanswered read (null) is not cached.
        private object Features()
        {
            string boot = BootMark();
            string dir = boot == null ? null : Dir(false);
            string path = dir == null ? null : Path.Combine(dir, "features.json");
            if (path != null && w.Files.Exists(path))
            {
                IDictionary c = null;
                try { c = json.DeserializeObject(ReadShared(path)) as IDictionary; }
                catch (Exception) { c = null; }
                if (c != null && Str(c["boot"]) == boot && c["features"] is IDictionary) { return c["features"]; }
            }
            object f = ReadFeatures();
            // Only Containers and Hyper-V need a restart; the management tools (Hyper-V-PowerShell) do not, so an
            // answer without them is not kept (review 4 finding 8).
            IDictionary fd = f as IDictionary;
            if (f != null && boot != null && fd != null && true.Equals(fd["Hyper-V-PowerShell"]))
            {
                try { WriteAtomic(Path.Combine(Dir(true), "features.json"), ToJson(P("boot", boot, "features", f))); }
                catch (Exception) { }
            }
            return f;
        }

        // The boot this answer belongs to: LastBootUpTime in UTC ticks (a CIM datetime arrives as a DateTime), or
        // null when Windows does not say (then nothing is cached).
        private string BootMark()
        {
            try
            {
                List<object> os = Call("Get-CimInstance", P("ClassName", "Win32_OperatingSystem"));
                object t = os.Count > 0 ? Prop(os[0], "LastBootUpTime") : null;
                if (t is DateTime) { return ((DateTime)t).ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture); }
                string s = Str(t);
                return String.IsNullOrEmpty(s) ? null : s;
            }
            catch (Exception) { return null; }
        }

        private object ReadFeatures()
        {
            string[] keys = { "Containers", "Hyper-V", "Hyper-V-PowerShell" };
            string[] client = { "Containers", "Microsoft-Hyper-V", "Microsoft-Hyper-V-Management-PowerShell" };
            Dictionary<string, object> f = new Dictionary<string, object>();
            foreach (string k in keys) { f[k] = false; }
            try
            {
                if (Call("Get-Module", P("ListAvailable", true, "Name", "ServerManager")).Count > 0)
                {
                    foreach (object x in Call("Get-WindowsFeature", P("Name", keys, "ErrorAction", "SilentlyContinue")))
                    {
                        foreach (string k in keys) { if (Same(PStr(x, "Name"), k)) { f[k] = Truthy(Prop(x, "Installed")); } }
                    }
                    return f;
                }
                for (int i = 0; i < keys.Length; i++)
                {
                    foreach (object x in Call("Get-WindowsOptionalFeature", P("Online", true, "FeatureName", client[i], "ErrorAction", "SilentlyContinue")))
                    {
                        // DISM FeatureState, compared by name as scripts do ($f.State -eq 'Enabled'); EnablePending
                        // (a restart is due) is not installed yet.
                        if (Same(PStr(x, "FeatureName"), client[i])) { f[keys[i]] = Same(PStr(x, "State"), "Enabled"); }
                    }
                }
                return f;
            }
            catch (Exception) { return null; }
        }
    }
}
