<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <source>About OmniPOS</source>
        <translation>Acerca de OmniPOS</translation>
    </message>
    <message>
        <source>Close  Enter</source>
        <translation>Cerrar  Intro</translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation>Esquema de la base de datos</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>leyendo…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>cannot be read: {problem}</source>
        <translation>no se puede leer: {problem}</translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Manager approval</source>
        <translation>Autorización del encargado</translation>
    </message>
    <message>
        <source>Manager approval needed to {action}</source>
        <translation>Se necesita la autorización de un encargado para {action}</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>{who} asks. A manager enters their PIN.</source>
        <translation>Lo pide {who}. Un encargado introduce su PIN.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>[scanned code]</source>
        <translation>[código escaneado]</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>OmniPOS: unexpected error</source>
        <translation>OmniPOS: error inesperado</translation>
    </message>
    <message>
        <source>The log is in {file}.</source>
        <translation>El registro está en {file}.</translation>
    </message>
    <message>
        <source>Something went wrong inside OmniPOS. Sales already completed are saved.
Copy the details below for support. The till keeps running; if it misbehaves, restart it.</source>
        <translation>Algo ha fallado dentro de OmniPOS. Las ventas ya terminadas están guardadas.
Copie los detalles de abajo para el soporte técnico. La caja sigue funcionando; si se comporta de forma extraña, reiníciela.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>store credit {amount}</source>
        <translation>saldo a favor {amount}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation>Buscar al cliente</translation>
    </message>
    <message>
        <source>Search  Enter</source>
        <translation>Buscar  Intro</translation>
    </message>
    <message>
        <source>Phone number, email or name</source>
        <translation>Teléfono, correo electrónico o nombre</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Ctrl+N adds a new customer.</source>
        <translation>Ctrl+N da de alta un cliente nuevo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>New customer  Ctrl+N</source>
        <translation>Cliente nuevo  Ctrl+N</translation>
    </message>
    <message>
        <source>Add customer  Enter</source>
        <translation>Dar de alta  Intro</translation>
    </message>
    <message>
        <source>Choose  Enter</source>
        <translation>Elegir  Intro</translation>
    </message>
    <message>
        <source>type a phone number, an email or part of a name</source>
        <translation>escriba un teléfono, un correo electrónico o parte de un nombre</translation>
    </message>
    <message>
        <source>{count} found: Enter chooses, Up/Down move. Ctrl+N adds a new customer.</source>
        <translation>{count} encontrados: Intro elige, Arriba/Abajo se mueven. Ctrl+N da de alta un cliente nuevo.</translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N adds them as a new customer.</source>
        <translation>No se ha encontrado a nadie. Ctrl+N lo da de alta como cliente nuevo.</translation>
    </message>
    <message>
        <source>Whose store credit pays?</source>
        <translation>¿Con el saldo a favor de qué cliente se paga?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo ha fallado; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Choose  Enter</source>
        <translation>Elegir  Intro</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>elija una opción</translation>
    </message>
    <message>
        <source>Back  Enter</source>
        <translation>Volver  Intro</translation>
    </message>
    <message>
        <source>OK  Enter</source>
        <translation>Aceptar  Intro</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Cancelar  Esc</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} líneas</translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>Close  Esc</source>
        <translation>Cerrar  Esc</translation>
    </message>
    <message>
        <source>About OmniPOS  Shift+F1</source>
        <translation>Acerca de OmniPOS  Mayús+F1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Sell</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Recogidas</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The till speaks its new language from its next start.</source>
        <translation>La caja usará el nuevo idioma cuando se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>(signed out)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <source>Shift and cash  F7</source>
        <translation>Turno y caja  F7</translation>
    </message>
    <message>
        <source>Welcome to {store}</source>
        <translation>Bienvenido a {store}</translation>
    </message>
    <message>
        <source>Starting the demo hub…</source>
        <translation>Arrancando el hub de demostración…</translation>
    </message>
    <message>
        <source>OmniPOS till</source>
        <translation>Caja OmniPOS</translation>
    </message>
    <message>
        <source>Keys on the {screen} screen</source>
        <translation>Teclas de la pantalla {screen}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Enter your PIN or scan your badge</source>
        <translation>Introduzca su PIN o escanee su tarjeta</translation>
    </message>
    <message>
        <source>Staff number (optional)</source>
        <translation>Número de empleado (opcional)</translation>
    </message>
    <message>
        <source>This store has no staff, so there is no sign-in and nothing to lock. Add staff with &apos;omnipos staff add&apos; to sign in by PIN.</source>
        <translation>Esta tienda no tiene personal, así que no hay inicio de sesión ni nada que bloquear. Dé de alta al personal con &apos;omnipos staff add&apos; para entrar con PIN.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Store: {store}</source>
        <translation>Tienda: {store}</translation>
    </message>
    <message>
        <source>Till: {till}</source>
        <translation>Caja: {till}</translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation>Cajero: {name}</translation>
    </message>
</context>
<context>
    <name>StoreForm</name>
    <message>
        <source>the operating system&apos;s</source>
        <translation>el del sistema operativo</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Idioma de esta caja</translation>
    </message>
</context>
</TS>
