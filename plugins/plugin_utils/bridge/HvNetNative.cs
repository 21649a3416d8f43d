// hyperv.network HCN helper. C# 5 only: Windows PowerShell 5.1 compiles it with csc through Add-Type.
// Canonical source; bridge.ps1 embeds the same text in a single-quoted here-string (a test checks they agree).
// Signatures follow computenetwork.dll as microsoft/hcsshim hcn/zsyscall_windows.go calls it:
// REFGUID id, PCWSTR settings/query, out HCN_* handle, out PWSTR result/errorRecord (CoTaskMem).
using System;
using System.Runtime.InteropServices;

namespace HyperVNetwork
{
    // An HCN or HNS call that failed: carries the HRESULT and the error record text HNS returned.
    public class HcnException : Exception
    {
        private readonly string operation;
        private readonly string record;

        public HcnException(string operation, int hresult, string record)
            : base(operation + " failed with HRESULT 0x" + hresult.ToString("X8") +
                   (String.IsNullOrEmpty(record) ? "" : ": " + record))
        {
            this.operation = operation;
            this.record = record;
            HResult = hresult;
        }

        public string Operation { get { return operation; } }

        public string ErrorRecord { get { return record; } }

        public string HResultText { get { return "0x" + HResult.ToString("X8"); } }
    }

    internal static class NativeMethods
    {
        private const string Hcn = "computenetwork.dll";

        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnEnumerateNetworks(string query, out IntPtr networks, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnCreateNetwork(ref Guid id, string settings, out IntPtr network, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnOpenNetwork(ref Guid id, out IntPtr network, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnModifyNetwork(IntPtr network, string settings, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnQueryNetworkProperties(IntPtr network, string query, out IntPtr properties, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnDeleteNetwork(ref Guid id, out IntPtr errorRecord);
        [DllImport(Hcn, ExactSpelling = true)]
        public static extern int HcnCloseNetwork(IntPtr network);

        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnEnumerateEndpoints(string query, out IntPtr endpoints, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnCreateEndpoint(IntPtr network, ref Guid id, string settings, out IntPtr endpoint, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnOpenEndpoint(ref Guid id, out IntPtr endpoint, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnModifyEndpoint(IntPtr endpoint, string settings, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnQueryEndpointProperties(IntPtr endpoint, string query, out IntPtr properties, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnDeleteEndpoint(ref Guid id, out IntPtr errorRecord);
        [DllImport(Hcn, ExactSpelling = true)]
        public static extern int HcnCloseEndpoint(IntPtr endpoint);

        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnEnumerateNamespaces(string query, out IntPtr namespaces, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnCreateNamespace(ref Guid id, string settings, out IntPtr ns, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnOpenNamespace(ref Guid id, out IntPtr ns, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnModifyNamespace(IntPtr ns, string settings, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnQueryNamespaceProperties(IntPtr ns, string query, out IntPtr properties, out IntPtr errorRecord);
        [DllImport(Hcn, CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HcnDeleteNamespace(ref Guid id, out IntPtr errorRecord);
        [DllImport(Hcn, ExactSpelling = true)]
        public static extern int HcnCloseNamespace(IntPtr ns);

        // HNS v1 entry point; used only for GET /globals/version.
        [DllImport("vmcompute.dll", CharSet = CharSet.Unicode, ExactSpelling = true)]
        public static extern int HNSCall(string method, string path, string request, out IntPtr response);
    }

    // Thin, stateless wrappers: every call opens, acts and closes; documents stay strings.
    public static class Hcn
    {
        // hcsshim's default query (HostComputeQuery with SchemaVersion 2.0, Flags None).
        public const string DefaultQuery = "{\"SchemaVersion\":{\"Major\":2,\"Minor\":0},\"Flags\":0}";

        private const int ModNotFound = unchecked((int)0x8007007E);
        private const int ProcNotFound = unchecked((int)0x8007007F);

        // JSON array of the IDs of every object of kind network, endpoint or namespace.
        public static string Enumerate(string kind, string query)
        {
            IntPtr list = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnEnumerate" + Title(kind) + "s";
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnEnumerateNetworks(query, out list, out rec); }
                else if (kind == "endpoint") { hr = NativeMethods.HcnEnumerateEndpoints(query, out list, out rec); }
                else { hr = NativeMethods.HcnEnumerateNamespaces(query, out list, out rec); }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            string ids = TakeString(list);
            Check(op, hr, rec);
            return String.IsNullOrEmpty(ids) ? "[]" : ids;
        }

        // The properties document of one object, exactly as HcnQuery*Properties returned it.
        public static string Query(string kind, Guid id, string query)
        {
            IntPtr handle = Open(kind, id);
            try { return QueryHandle(kind, handle, query); }
            finally { Close(kind, handle); }
        }

        // Create with the caller's ID; networkId is used for endpoints only. Returns the properties document.
        public static string Create(string kind, Guid id, Guid networkId, string settings)
        {
            IntPtr handle = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnCreate" + Title(kind);
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnCreateNetwork(ref id, settings, out handle, out rec); }
                else if (kind == "namespace") { hr = NativeMethods.HcnCreateNamespace(ref id, settings, out handle, out rec); }
                else
                {
                    IntPtr network = Open("network", networkId);
                    try { hr = NativeMethods.HcnCreateEndpoint(network, ref id, settings, out handle, out rec); }
                    finally { Close("network", network); }
                }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            // A handle that comes with an error record (S_OK and a record: an error, hcsshim checkForErrors)
            // is closed too (review-2 notes).
            try
            {
                Check(op, hr, rec);
                return QueryHandle(kind, handle, DefaultQuery);
            }
            finally { Close(kind, handle); }
        }

        // Apply a modify request document ({ResourceType, RequestType, Settings}) to one object.
        public static void Modify(string kind, Guid id, string request)
        {
            IntPtr handle = Open(kind, id);
            try
            {
                IntPtr rec = IntPtr.Zero;
                int hr;
                string op = "HcnModify" + Title(kind);
                try
                {
                    if (kind == "network") { hr = NativeMethods.HcnModifyNetwork(handle, request, out rec); }
                    else if (kind == "endpoint") { hr = NativeMethods.HcnModifyEndpoint(handle, request, out rec); }
                    else { hr = NativeMethods.HcnModifyNamespace(handle, request, out rec); }
                }
                catch (TypeLoadException e) { throw Missing(op, e); }
                Check(op, hr, rec);
            }
            finally { Close(kind, handle); }
        }

        public static void Delete(string kind, Guid id)
        {
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnDelete" + Title(kind);
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnDeleteNetwork(ref id, out rec); }
                else if (kind == "endpoint") { hr = NativeMethods.HcnDeleteEndpoint(ref id, out rec); }
                else { hr = NativeMethods.HcnDeleteNamespace(ref id, out rec); }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            Check(op, hr, rec);
        }

        // HNS v1 call (vmcompute.dll); returns the response envelope {Success, Error, Output}.
        public static string HnsCall(string method, string path, string request)
        {
            IntPtr response = IntPtr.Zero;
            int hr;
            try { hr = NativeMethods.HNSCall(method, path, request == null ? "" : request, out response); }
            catch (TypeLoadException e) { throw Missing("HNSCall", e); }
            string text = TakeString(response);
            if (hr < 0) { throw new HcnException("HNSCall " + method + " " + path, hr, text); }
            return text;
        }

        private static IntPtr Open(string kind, Guid id)
        {
            IntPtr handle = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            string op = "HcnOpen" + Title(kind);
            try
            {
                if (kind == "network") { hr = NativeMethods.HcnOpenNetwork(ref id, out handle, out rec); }
                else if (kind == "endpoint") { hr = NativeMethods.HcnOpenEndpoint(ref id, out handle, out rec); }
                else { hr = NativeMethods.HcnOpenNamespace(ref id, out handle, out rec); }
            }
            catch (TypeLoadException e) { throw Missing(op, e); }
            try { Check(op, hr, rec); }
            catch (HcnException)
            {
                Close(kind, handle);
                throw;
            }
            return handle;
        }

        private static string QueryHandle(string kind, IntPtr handle, string query)
        {
            IntPtr props = IntPtr.Zero;
            IntPtr rec = IntPtr.Zero;
            int hr;
            if (kind == "network") { hr = NativeMethods.HcnQueryNetworkProperties(handle, query, out props, out rec); }
            else if (kind == "endpoint") { hr = NativeMethods.HcnQueryEndpointProperties(handle, query, out props, out rec); }
            else { hr = NativeMethods.HcnQueryNamespaceProperties(handle, query, out props, out rec); }
            string text = TakeString(props);
            Check("HcnQuery" + Title(kind) + "Properties", hr, rec);
            return text;
        }

        private static void Close(string kind, IntPtr handle)
        {
            if (handle == IntPtr.Zero) { return; }
            if (kind == "network") { NativeMethods.HcnCloseNetwork(handle); }
            else if (kind == "endpoint") { NativeMethods.HcnCloseEndpoint(handle); }
            else { NativeMethods.HcnCloseNamespace(handle); }
        }

        private static string Title(string kind)
        {
            if (kind == "network") { return "Network"; }
            if (kind == "endpoint") { return "Endpoint"; }
            if (kind == "namespace") { return "Namespace"; }
            throw new ArgumentException("unknown HCN object kind: " + kind);
        }

        // Frees a CoTaskMem string HCN returned (null pointer -> null).
        private static string TakeString(IntPtr p)
        {
            if (p == IntPtr.Zero) { return null; }
            try { return Marshal.PtrToStringUni(p); }
            finally { Marshal.FreeCoTaskMem(p); }
        }

        private static void Check(string op, int hr, IntPtr record)
        {
            CheckRecord(op, hr, TakeString(record));
        }

        // An error whenever the HRESULT fails OR the error record is not empty, as hcsshim's
        // hcn/hcnerrors.go checkForErrors decides (hns 10); the exception keeps the HRESULT.
        public static void CheckRecord(string op, int hr, string record)
        {
            if (hr < 0 || !String.IsNullOrEmpty(record)) { throw new HcnException(op, hr, record); }
        }

        // DllNotFoundException and EntryPointNotFoundException (both TypeLoadException) from a P/Invoke.
        private static HcnException Missing(string op, TypeLoadException e)
        {
            return new HcnException(op, e is DllNotFoundException ? ModNotFound : ProcNotFound,
                "computenetwork.dll/vmcompute.dll or the entry point is missing: HCN v2 needs Windows Server 2019 (build 17763) or later with the Containers feature");
        }
    }
}
