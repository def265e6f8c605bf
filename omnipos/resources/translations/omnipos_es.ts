<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>barcode is empty</source>
        <translation>el código de barras está vacío</translation>
    </message>
    <message>
        <source>barcode {text!r} is not a GTIN: it has characters other than digits</source>
        <translation>el código de barras {text!r} no es un GTIN: tiene caracteres que no son dígitos</translation>
    </message>
    <message>
        <source>barcode {text!r} is not a GTIN: {digits} digits, expected 8, 12, 13 or 14</source>
        <translation>el código de barras {text!r} no es un GTIN: tiene {digits} dígitos y deben ser 8, 12, 13 o 14</translation>
    </message>
    <message>
        <source>barcode {text!r} has a wrong check digit: expected {expected}, got {got}</source>
        <translation>el código de barras {text!r} tiene mal el dígito de control: debería ser {expected} y es {got}</translation>
    </message>
    <message>
        <source>embedded layout prefixes must be digits: {prefixes!r}</source>
        <translation>los prefijos de las etiquetas de peso o precio deben ser dígitos: {prefixes!r}</translation>
    </message>
    <message>
        <source>embedded layout value kind must be price or weight, not {value_kind!r}</source>
        <translation>el valor de las etiquetas debe ser precio o peso, no {value_kind!r}</translation>
    </message>
    <message>
        <source>embedded layout {name} digits must lie within 0-11</source>
        <translation>los dígitos de {name} de las etiquetas deben estar entre 0 y 11</translation>
    </message>
    <message>
        <source>embedded layout item and value digits overlap</source>
        <translation>en las etiquetas, los dígitos del artículo y los del valor se solapan</translation>
    </message>
    <message>
        <source>embedded layout decimals out of range</source>
        <translation>los decimales de las etiquetas están fuera de rango</translation>
    </message>
    <message>
        <source>embedded layout setting is not valid: {reason}</source>
        <translation>el ajuste de las etiquetas de peso o precio no es válido: {reason}</translation>
    </message>
    <message>
        <source>item code {item_code!r} must be {item_length} digits</source>
        <translation>el código de artículo {item_code!r} debe tener {item_length} dígitos</translation>
    </message>
    <message>
        <source>value {value!r} does not fit {value_length} digits</source>
        <translation>el valor {value!r} no cabe en {value_length} dígitos</translation>
    </message>
    <message>
        <source>scan is empty</source>
        <translation>la lectura está vacía</translation>
    </message>
    <message>
        <source>scan {text!r} contains control characters</source>
        <translation>la lectura {text!r} contiene caracteres de control</translation>
    </message>
    <message>
        <source>scan is too long to be a barcode</source>
        <translation>la lectura es demasiado larga para ser un código de barras</translation>
    </message>
    <message>
        <source>scan {text!r} has no data after its symbology identifier</source>
        <translation>la lectura {text!r} no tiene datos tras el identificador de simbología</translation>
    </message>
    <message>
        <source>the description is longer than 200 characters</source>
        <translation>la descripción tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>a percentage discount must be above 0 and at most 100</source>
        <translation>un descuento en porcentaje debe ser mayor que 0 y como mucho 100</translation>
    </message>
    <message>
        <source>a discount amount must be a positive amount</source>
        <translation>un descuento en importe debe ser un importe positivo</translation>
    </message>
    <message>
        <source>discount {pct!r} is not a number</source>
        <translation>el descuento {pct!r} no es un número</translation>
    </message>
    <message>
        <source>quantity {value!r} is not a number</source>
        <translation>la cantidad {value!r} no es un número</translation>
    </message>
    <message>
        <source>weight must be above 0 and at most {MAX_WEIGHT} kg</source>
        <translation>el peso debe ser mayor que 0 y como mucho {MAX_WEIGHT} kg</translation>
    </message>
    <message>
        <source>weight has more than 3 decimals (grams)</source>
        <translation>el peso tiene más de 3 decimales (gramos)</translation>
    </message>
    <message>
        <source>quantity {value} must be a whole number for this item</source>
        <translation>la cantidad {value} debe ser un número entero para este artículo</translation>
    </message>
    <message>
        <source>quantity must be from 1 to {MAX_UNITS}</source>
        <translation>la cantidad debe estar entre 1 y {MAX_UNITS}</translation>
    </message>
    <message>
        <source>that line is no longer in the sale</source>
        <translation>esa línea ya no está en la venta</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un precio no puede ser negativo</translation>
    </message>
    <message>
        <source>a discount cannot exceed the line amount</source>
        <translation>un descuento no puede superar el importe de la línea</translation>
    </message>
    <message>
        <source>a price override needs a reason</source>
        <translation>un cambio de precio necesita un motivo</translation>
    </message>
    <message>
        <source>the order discount cannot exceed the sale amount</source>
        <translation>el descuento de la venta no puede superar su importe</translation>
    </message>
    <message>
        <source>{raw}: scan or type the item after the quantity</source>
        <translation>{raw}: escanee o escriba el artículo después de la cantidad</translation>
    </message>
    <message>
        <source>{raw}: {number} is not a quantity</source>
        <translation>{raw}: {number} no es una cantidad</translation>
    </message>
    <message>
        <source>{raw}: the quantity must be above 0</source>
        <translation>{raw}: la cantidad debe ser mayor que 0</translation>
    </message>
    <message>
        <source>barcode {code!r} is not a valid GS1 code: {reason}</source>
        <translation>el código de barras {code!r} no es un código GS1 válido: {reason}</translation>
    </message>
    <message>
        <source>barcode {code!r} holds no GS1 data</source>
        <translation>el código de barras {code!r} no contiene datos GS1</translation>
    </message>
    <message>
        <source>not an ISO 4217 currency code: {currency!r}</source>
        <translation>no es un código de moneda ISO 4217: {currency!r}</translation>
    </message>
    <message>
        <source>amount is empty</source>
        <translation>el importe está vacío</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a plain decimal number</source>
        <translation>el importe {raw!r} no es un número decimal sencillo</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a decimal number</source>
        <translation>el importe {raw!r} no es un número decimal</translation>
    </message>
    <message>
        <source>amount {raw!r} is not a finite number</source>
        <translation>el importe {raw!r} no es un número finito</translation>
    </message>
    <message>
        <source>amount {raw!r} has more than {digits} decimals for {currency}</source>
        <translation>el importe {raw!r} tiene más de {digits} decimales para {currency}</translation>
    </message>
    <message>
        <source>amount {raw!r} is negative</source>
        <translation>el importe {raw!r} es negativo</translation>
    </message>
    <message>
        <source>amount {raw!r} is too large</source>
        <translation>el importe {raw!r} es demasiado grande</translation>
    </message>
    <message>
        <source>currency mismatch: {ours} and {theirs}</source>
        <translation>las monedas no coinciden: {ours} y {theirs}</translation>
    </message>
    <message>
        <source>void a line</source>
        <translation>anular una línea</translation>
    </message>
    <message>
        <source>cancel a sale</source>
        <translation>cancelar una venta</translation>
    </message>
    <message>
        <source>void a completed sale</source>
        <translation>anular una venta terminada</translation>
    </message>
    <message>
        <source>override a price</source>
        <translation>cambiar un precio</translation>
    </message>
    <message>
        <source>give a discount over the store limit</source>
        <translation>hacer un descuento por encima del límite de la tienda</translation>
    </message>
    <message>
        <source>open the drawer without a sale</source>
        <translation>abrir el cajón sin una venta</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>reembolsar</translation>
    </message>
    <message>
        <source>refund without a receipt</source>
        <translation>reembolsar sin ticket</translation>
    </message>
    <message>
        <source>override the return policy</source>
        <translation>saltarse la política de devoluciones</translation>
    </message>
    <message>
        <source>pay cash in or out</source>
        <translation>meter o sacar efectivo de la caja</translation>
    </message>
    <message>
        <source>close a shift</source>
        <translation>cerrar un turno</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>ajustar el stock</translation>
    </message>
    <message>
        <source>approve a stock count</source>
        <translation>aprobar un recuento de stock</translation>
    </message>
    <message>
        <source>start a stock count</source>
        <translation>empezar un recuento de stock</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>cambiar los ajustes</translation>
    </message>
    <message>
        <source>add or change staff</source>
        <translation>añadir o cambiar personal</translation>
    </message>
    <message>
        <source>accept a cash count over or short beyond the store threshold</source>
        <translation>aceptar un recuento de efectivo con un descuadre mayor que el umbral de la tienda</translation>
    </message>
    <message>
        <source>close a shift whose events the hub has not acknowledged</source>
        <translation>cerrar un turno cuyos eventos el hub no ha confirmado</translation>
    </message>
    <message>
        <source>sell an unlabelled item at a price typed in</source>
        <translation>vender un artículo sin etiqueta a un precio tecleado</translation>
    </message>
    <message>
        <source>unknown role {text!r}: use one of {choices}</source>
        <translation>rol desconocido {text!r}: use uno de {choices}</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>no hay nadie identificado</translation>
    </message>
    <message>
        <source>{who} may not {action} ({what}): a manager must approve</source>
        <translation>{who} no puede {action} ({what}): debe autorizarlo un encargado</translation>
    </message>
    <message>
        <source>{who} may not {action}: a manager must approve</source>
        <translation>{who} no puede {action}: debe autorizarlo un encargado</translation>
    </message>
    <message>
        <source>the manager approved {approved}, not {action}</source>
        <translation>el encargado autorizó {approved}, no {action}</translation>
    </message>
    <message>
        <source>the manager approved {action} for something else: ask the manager again</source>
        <translation>el encargado autorizó {action} para otra cosa: pídaselo de nuevo</translation>
    </message>
    <message>
        <source>{approver} may not approve {action}</source>
        <translation>{approver} no puede autorizar {action}</translation>
    </message>
    <message>
        <source>that approval was given to someone else</source>
        <translation>esa autorización se dio a otra persona</translation>
    </message>
    <message>
        <source>{value} is not a {currency} note or coin (minor units)</source>
        <translation>{value} no es un billete ni una moneda de {currency} (en céntimos)</translation>
    </message>
    <message>
        <source>a count of notes or coins is a whole number, 0 or more</source>
        <translation>un recuento de billetes o monedas es un número entero, 0 o más</translation>
    </message>
    <message>
        <source>that many notes or coins cannot be in one drawer</source>
        <translation>no caben tantos billetes o monedas en un cajón</translation>
    </message>
    <message>
        <source>a cash movement is a positive amount</source>
        <translation>un movimiento de efectivo es un importe positivo</translation>
    </message>
    <message>
        <source>the amount due cannot be negative</source>
        <translation>el importe a pagar no puede ser negativo</translation>
    </message>
    <message>
        <source>the sale is already paid</source>
        <translation>la venta ya está pagada</translation>
    </message>
    <message>
        <source>cash tendered must be an amount</source>
        <translation>el efectivo entregado debe ser un importe</translation>
    </message>
    <message>
        <source>cash tendered must be more than zero</source>
        <translation>el efectivo entregado debe ser mayor que cero</translation>
    </message>
    <message>
        <source>a card amount must be more than zero</source>
        <translation>un importe con tarjeta debe ser mayor que cero</translation>
    </message>
    <message>
        <source>a card cannot pay more than what is owed</source>
        <translation>con tarjeta no se puede pagar más de lo que se debe</translation>
    </message>
    <message>
        <source>enter the approval code from the card terminal (letters and digits)</source>
        <translation>escriba el código de autorización del datáfono (letras y dígitos)</translation>
    </message>
    <message>
        <source>enter the last four digits of the card</source>
        <translation>escriba los cuatro últimos dígitos de la tarjeta</translation>
    </message>
    <message>
        <source>a store credit amount must be more than zero</source>
        <translation>un importe de saldo a favor debe ser mayor que cero</translation>
    </message>
    <message>
        <source>store credit needs a customer: find the customer first</source>
        <translation>el saldo a favor necesita un cliente: busque primero al cliente</translation>
    </message>
    <message>
        <source>store credit cannot pay more than what is owed</source>
        <translation>con saldo a favor no se puede pagar más de lo que se debe</translation>
    </message>
    <message>
        <source>the customer can spend at most {spendable} of store credit here now</source>
        <translation>el cliente puede gastar aquí ahora como mucho {spendable} de saldo a favor</translation>
    </message>
    <message>
        <source>no tender to remove</source>
        <translation>no hay ningún pago que quitar</translation>
    </message>
    <message>
        <source>that part was paid before (a deposit or goods returned): it stays</source>
        <translation>esa parte se pagó antes (un anticipo o artículos devueltos): se queda</translation>
    </message>
    <message>
        <source>{what} is not signed in on this till</source>
        <extracomment>An approval is for the action at hand, not for later. Store setting: the largest discount (percent of the line or sale) a cashier may give.</extracomment>
        <translation>{what} no está identificado en esta caja</translation>
    </message>
    <message>
        <source>{label} is no longer on the staff list</source>
        <translation>{label} ya no está en la lista del personal</translation>
    </message>
    <message>
        <source>sign in first</source>
        <translation>identifíquese primero</translation>
    </message>
    <message>
        <source>that approval was not given on this till</source>
        <translation>esa autorización no se dio en esta caja</translation>
    </message>
    <message>
        <source>that approval has expired: ask the manager again</source>
        <translation>esa autorización ha caducado: pídasela de nuevo al encargado</translation>
    </message>
    <message>
        <source>the approver</source>
        <translation>quien autoriza</translation>
    </message>
    <message>
        <source>that approval was already used: ask the manager again</source>
        <translation>esa autorización ya se usó: pídasela de nuevo al encargado</translation>
    </message>
    <message>
        <source>{key} is not a sale of this till, and the hub cannot be reached to look it up. Try again when the till is online, or take the return without a receipt.</source>
        <translation>{key} no es una venta de esta caja y no se puede contactar con el hub para buscarla. Vuelva a intentarlo cuando la caja esté en línea, o haga la devolución sin ticket.</translation>
    </message>
    <message>
        <source>{label} was paid in {currency}; this store refunds in {ours}</source>
        <translation>{label} se pagó en {currency}; esta tienda reembolsa en {ours}</translation>
    </message>
    <message>
        <source>scan the receipt&apos;s barcode or type its number</source>
        <translation>escanee el código de barras del ticket o escriba su número</translation>
    </message>
    <message>
        <source>the hub could not look up {key}: {reason}</source>
        <translation>el hub no pudo buscar {key}: {reason}</translation>
    </message>
    <message>
        <source>no sale or web order {key} at this till or at the hub</source>
        <translation>no hay ninguna venta ni pedido web {key} en esta caja ni en el hub</translation>
    </message>
    <message>
        <source>No product with SKU {sku}</source>
        <translation>No hay ningún producto con el SKU {sku}</translation>
    </message>
    <message>
        <source>no such customer on this till</source>
        <translation>ese cliente no está en esta caja</translation>
    </message>
    <message>
        <source>the exchange has no new goods: scan them first</source>
        <translation>el cambio no tiene artículos nuevos: escanéelos primero</translation>
    </message>
    <message>
        <source>{amount} back for {original}</source>
        <translation>{amount} de reembolso por {original}</translation>
    </message>
    <message>
        <source>no receipt</source>
        <translation>sin ticket</translation>
    </message>
    <message>
        <source>no such return</source>
        <translation>esa devolución no existe</translation>
    </message>
    <message>
        <source>how many: {reason}</source>
        <translation>cuántos: {reason}</translation>
    </message>
    <message>
        <source>how many: type a quantity over 0</source>
        <translation>cuántos: escriba una cantidad mayor que 0</translation>
    </message>
    <message>
        <source>count {number} was submitted: nothing more to count</source>
        <translation>el recuento {number} ya se envió: no queda nada por contar</translation>
    </message>
    <message>
        <source>the count is in review: Esc goes back to counting</source>
        <translation>el recuento está en revisión: Esc vuelve a contar</translation>
    </message>
    <message>
        <source>nothing was scanned</source>
        <translation>no se ha escaneado nada</translation>
    </message>
    <message>
        <source>{name} is counted in whole units</source>
        <translation>{name} se cuenta en unidades enteras</translation>
    </message>
    <message>
        <source>no unmatched scan of {code} in this count</source>
        <translation>en este recuento no hay ninguna lectura de {code} sin asignar</translation>
    </message>
    <message>
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <source>No product for code {code}</source>
        <translation>No hay ningún producto con el código {code}</translation>
    </message>
    <message>
        <source>{code}: the label carries its own weight or price; scan it alone</source>
        <translation>{code}: la etiqueta lleva su propio peso o precio; escanéela sola</translation>
    </message>
    <message>
        <source>type the price of the item (above 0)</source>
        <translation>escriba el precio del artículo (mayor que 0)</translation>
    </message>
    <message>
        <source>{name} at {price}</source>
        <translation>{name} a {price}</translation>
    </message>
    <message>
        <source>that customer is not in this till&apos;s directory</source>
        <translation>ese cliente no está en el directorio de esta caja</translation>
    </message>
    <message>
        <source>{name}, {amount}</source>
        <translation>{name}, {amount}</translation>
    </message>
    <message>
        <source>{name} at {price}; then {discounts}</source>
        <translation>{name} a {price}; después {discounts}</translation>
    </message>
    <message>
        <source>tenders are taken on this sale: finish the payment (F12) or remove them there first</source>
        <translation>esta venta tiene pagos cobrados: termine el cobro (F12) o quítelos allí primero</translation>
    </message>
    <message>
        <source>the sale is empty: nothing to park</source>
        <extracomment>Why a sale is cancelled, as the cashier picks it (journalled with the cancellation).</extracomment>
        <translation>la venta está vacía: no hay nada que aparcar</translation>
    </message>
    <message>
        <source>that parked sale was already resumed</source>
        <translation>esa venta aparcada ya se recuperó</translation>
    </message>
    <message>
        <source>say why the sale is cancelled</source>
        <translation>diga por qué se cancela la venta</translation>
    </message>
    <message>
        <source>the sale is empty: scan an item first</source>
        <translation>la venta está vacía: escanee primero un artículo</translation>
    </message>
    <message>
        <source>the tenders taken are more than the sale: remove them and take payment again</source>
        <translation>los pagos cobrados superan la venta: quítelos y vuelva a cobrar</translation>
    </message>
    <message>
        <source>the sale is empty</source>
        <translation>la venta está vacía</translation>
    </message>
    <message>
        <source>the sale changed after payment started; take payment again</source>
        <translation>la venta cambió después de empezar el cobro; vuelva a cobrar</translation>
    </message>
    <message>
        <source>the sale is not fully paid yet</source>
        <translation>la venta aún no está pagada del todo</translation>
    </message>
    <message>
        <source>no such sale</source>
        <translation>esa venta no existe</translation>
    </message>
    <message>
        <source>type the customer&apos;s email address</source>
        <translation>escriba el correo electrónico del cliente</translation>
    </message>
    <message>
        <source>No sale with receipt number {receipt_no}</source>
        <translation>No hay ninguna venta con el número de ticket {receipt_no}</translation>
    </message>
    <message>
        <source>no shift is open on this till: open one and count the float (F7)</source>
        <extracomment>Store setting: the largest over/short (minor units, either way) a close needs no manager for. Store setting: the largest opening float (minor units) taken without &quot;are you sure?&quot;. Store setting: True lets the first sale open a shift by itself, with a zero float (journalled); otherwise the till asks for the float to be counted first.</extracomment>
        <translation>no hay ningún turno abierto en esta caja: abra uno y cuente el fondo de caja (F7)</translation>
    </message>
    <message>
        <source>no shift is open on this till: open one with a counted float</source>
        <translation>no hay ningún turno abierto en esta caja: abra uno con un fondo de caja contado</translation>
    </message>
    <message>
        <source>no such shift</source>
        <translation>ese turno no existe</translation>
    </message>
    <message>
        <source>no closed shift with that id</source>
        <translation>no hay ningún turno cerrado con ese identificador</translation>
    </message>
    <message>
        <source>{text!r} is not a phone number (4 to 15 digits)</source>
        <translation>{text!r} no es un número de teléfono (de 4 a 15 dígitos)</translation>
    </message>
    <message>
        <source>{text!r} is not an email address</source>
        <translation>{text!r} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>un cliente necesita un nombre</translation>
    </message>
    <message>
        <source>a customer&apos;s name is at most 120 characters</source>
        <translation>el nombre de un cliente tiene como mucho 120 caracteres</translation>
    </message>
    <message>
        <source>give the customer&apos;s phone number or email address</source>
        <translation>indique el teléfono o el correo electrónico del cliente</translation>
    </message>
    <message>
        <source>deposit: the minimum share must be more than 0 and at most the default share, which is less than 100%</source>
        <translation>anticipo: la parte mínima debe ser mayor que 0 y como mucho la parte habitual, que es menor del 100%</translation>
    </message>
    <message>
        <source>deposit: at least {minimum_percent}% of the order ({least})</source>
        <translation>anticipo: al menos el {minimum_percent}% del pedido ({least})</translation>
    </message>
    <message>
        <source>deposit: less than the order&apos;s total (the whole total is paying in full)</source>
        <translation>anticipo: menos que el total del pedido (el total entero es pagarlo completo)</translation>
    </message>
    <message>
        <source>a PIN is digits only</source>
        <translation>un PIN solo tiene dígitos</translation>
    </message>
    <message>
        <source>a PIN has {PIN_MIN} to {PIN_MAX} digits</source>
        <translation>un PIN tiene de {PIN_MIN} a {PIN_MAX} dígitos</translation>
    </message>
    <message>
        <source>a PIN may not repeat one digit</source>
        <translation>un PIN no puede repetir un mismo dígito</translation>
    </message>
    <message>
        <source>a PIN may not be a run like 1234</source>
        <translation>un PIN no puede ser una serie como 1234</translation>
    </message>
    <message>
        <source>quick key position {position}: use 1 to {SLOTS}</source>
        <translation>posición de tecla rápida {position}: use de 1 a {SLOTS}</translation>
    </message>
    <message>
        <source>quick key position {position} is given twice</source>
        <translation>la posición de tecla rápida {position} está dos veces</translation>
    </message>
    <message>
        <source>quick key {position}: a SKU of 1 to 64 characters</source>
        <translation>tecla rápida {position}: un SKU de 1 a 64 caracteres</translation>
    </message>
    <message>
        <source>quick key {position}: the label is longer than {LABEL_MAX} characters</source>
        <translation>tecla rápida {position}: el rótulo tiene más de {LABEL_MAX} caracteres</translation>
    </message>
    <message>
        <source>a refund cannot be negative</source>
        <translation>un reembolso no puede ser negativo</translation>
    </message>
    <message>
        <source>the refund ({amount}) is more than the sale&apos;s tenders can take back ({paid})</source>
        <translation>el reembolso ({amount}) es más de lo que pueden devolver los pagos de la venta ({paid})</translation>
    </message>
    <message>
        <source>store credit needs a customer: find or add one first</source>
        <translation>el saldo a favor necesita un cliente: búsquelo o dé uno de alta primero</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>defective</source>
        <translation>defectuoso</translation>
    </message>
    <message>
        <source>wrong item</source>
        <translation>otro artículo</translation>
    </message>
    <message>
        <source>restock</source>
        <translation>volver a la venta</translation>
    </message>
    <message>
        <source>quality control</source>
        <translation>control de calidad</translation>
    </message>
    <message>
        <source>return to vendor</source>
        <translation>devolver al proveedor</translation>
    </message>
    <message>
        <source>dispose</source>
        <translation>desechar</translation>
    </message>
    <message>
        <source>not restocked</source>
        <translation>no se repone</translation>
    </message>
    <message>
        <source>not received</source>
        <translation>no recibido</translation>
    </message>
    <message>
        <source>the return window has passed</source>
        <translation>ha pasado el plazo de devolución</translation>
    </message>
    <message>
        <source>the item was sold as final sale</source>
        <translation>el artículo se vendió como venta final, sin devolución</translation>
    </message>
    <message>
        <source>opened items of this kind cannot be returned</source>
        <translation>los artículos de este tipo no se pueden devolver una vez abiertos</translation>
    </message>
    <message>
        <source>the item&apos;s condition is not refundable</source>
        <translation>el estado del artículo no permite reembolsarlo</translation>
    </message>
    <message>
        <source>the customer&apos;s limit for returns without a receipt is reached</source>
        <translation>el cliente ha llegado a su límite de devoluciones sin ticket</translation>
    </message>
    <message>
        <source>{number} is received: nothing is expected</source>
        <extracomment>Why an RMA that is no longer authorised expects no parcel (a sentence per state: the state&apos;s word alone would take the gender of what it is said of in Spanish).</extracomment>
        <translation>{number} ya se recibió: no se espera nada</translation>
    </message>
    <message>
        <source>{number} is cancelled: nothing is expected</source>
        <translation>{number} está cancelada: no se espera nada</translation>
    </message>
    <message>
        <source>a return window cannot be negative</source>
        <translation>un plazo de devolución no puede ser negativo</translation>
    </message>
    <message>
        <source>a restocking fee is a fraction from 0 to 1, e.g. 0.15</source>
        <translation>una tasa de reposición es una fracción de 0 a 1, p. ej. 0.15</translation>
    </message>
    <message>
        <source>not a return policy: {reason}</source>
        <translation>no es una política de devoluciones: {reason}</translation>
    </message>
    <message>
        <source>cannot return {quantity} of a line that sold {sold}</source>
        <translation>no se pueden devolver {quantity} de una línea que vendió {sold}</translation>
    </message>
    <message>
        <source>{text!r} is not an RMA number (RMA and 9 characters)</source>
        <translation>{text!r} no es un número de RMA (RMA y 9 caracteres)</translation>
    </message>
    <message>
        <source>{text!r} is not an RMA number</source>
        <translation>{text!r} no es un número de RMA</translation>
    </message>
    <message>
        <source>{text!r}: the RMA number&apos;s check character is wrong</source>
        <translation>{text!r}: el carácter de control del número de RMA es incorrecto</translation>
    </message>
    <message>
        <source>type a phone number, an email or part of a name</source>
        <extracomment>The store setting holding the offline store-credit limit per customer (minor units).</extracomment>
        <translation>escriba un teléfono, un correo electrónico o parte de un nombre</translation>
    </message>
    <message>
        <source>{name} already has this phone number or email</source>
        <translation>{name} ya tiene este teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>{receipt_no} is no longer a completed sale</source>
        <translation>{receipt_no} ya no es una venta terminada</translation>
    </message>
    <message>
        <source>{name}: part of it came back meanwhile; find the receipt again</source>
        <translation>{name}: parte se ha devuelto mientras tanto; busque de nuevo el ticket</translation>
    </message>
    <message>
        <source>the exchange&apos;s new goods are not paid yet</source>
        <translation>los artículos nuevos del cambio aún no están pagados</translation>
    </message>
    <message>
        <source>the return policy refuses this: {refusals} (a manager may override)</source>
        <translation>la política de devoluciones no lo permite: {refusals} (un encargado puede autorizarlo)</translation>
    </message>
    <message>
        <source>there is no receipt to choose from</source>
        <translation>no hay ningún ticket del que elegir</translation>
    </message>
    <message>
        <source>{name}: at most {room} more can come back ({sold} sold, {back} returned before)</source>
        <translation>{name}: como mucho se pueden devolver {room} más ({sold} vendidos, {back} devueltos antes)</translation>
    </message>
    <message>
        <source>the receipt has no line {sale_line_no}</source>
        <translation>el ticket no tiene la línea {sale_line_no}</translation>
    </message>
    <message>
        <source>{name}: everything sold has already come back</source>
        <translation>{name}: todo lo vendido ya se ha devuelto</translation>
    </message>
    <message>
        <source>{sku} is not on {label}</source>
        <translation>{sku} no está en {label}</translation>
    </message>
    <message>
        <source>{name}: everything {label} sold of it is already coming back or was returned before</source>
        <translation>{name}: todo lo que {label} vendió ya se está devolviendo o se devolvió antes</translation>
    </message>
    <message>
        <source>this return has a receipt: choose from its lines</source>
        <translation>esta devolución tiene ticket: elija entre sus líneas</translation>
    </message>
    <message>
        <source>choose a line of the return first</source>
        <translation>elija primero una línea de la devolución</translation>
    </message>
    <message>
        <source>a quantity is more than zero (Del takes the line off)</source>
        <translation>una cantidad es mayor que cero (Supr quita la línea)</translation>
    </message>
    <message>
        <source>an item at the counter is there: choose what becomes of it</source>
        <translation>el artículo está en el mostrador: elija qué se hace con él</translation>
    </message>
    <message>
        <source>scan or choose what comes back</source>
        <translation>escanee o elija lo que se devuelve</translation>
    </message>
    <message>
        <source>this store takes no returns without a receipt</source>
        <translation>esta tienda no acepta devoluciones sin ticket</translation>
    </message>
    <message>
        <source>a return without a receipt needs the customer: find or add them</source>
        <translation>una devolución sin ticket necesita al cliente: búsquelo o dé uno de alta</translation>
    </message>
    <message>
        <source>store credit needs the customer: find or add them</source>
        <translation>el saldo a favor necesita al cliente: búsquelo o dé uno de alta</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>pay in of {amount}</source>
        <translation>entrada de caja de {amount}</translation>
    </message>
    <message>
        <source>pay out of {amount}</source>
        <translation>salida de caja de {amount}</translation>
    </message>
    <message>
        <source>safe drop of {amount}</source>
        <translation>retirada a caja fuerte de {amount}</translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation>el importe debe ser mayor que cero</translation>
    </message>
    <message>
        <source>give a reason for paying cash in or out</source>
        <translation>indique un motivo para meter o sacar efectivo</translation>
    </message>
    <message>
        <source>that is more cash than the drawer should hold</source>
        <translation>eso es más efectivo del que debería haber en el cajón</translation>
    </message>
    <message>
        <source>a manager must approve: {actions}</source>
        <translation>debe autorizarlo un encargado: {actions}</translation>
    </message>
    <message>
        <source>count the cash in {currency}</source>
        <translation>cuente el efectivo en {currency}</translation>
    </message>
    <message>
        <source>the float counted ({counted}) is more than the usual {limit}: count again, or confirm it</source>
        <translation>el fondo contado ({counted}) es más que el habitual {limit}: cuéntelo de nuevo o confírmelo</translation>
    </message>
    <message>
        <source>the float must be counted in {currency}</source>
        <translation>el fondo de caja debe contarse en {currency}</translation>
    </message>
    <message>
        <source>a shift is already open on this till: close it first</source>
        <translation>ya hay un turno abierto en esta caja: ciérrelo primero</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>cajero</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>dependiente</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>add {name} (#{number}) as {role}</source>
        <translation>dar de alta a {name} (#{number}) como {role}</translation>
    </message>
    <message>
        <source>a staff member needs a number and a name</source>
        <translation>un miembro del personal necesita un número y un nombre</translation>
    </message>
    <message>
        <source>that PIN is already in use in this store: choose another</source>
        <translation>ese PIN ya se usa en esta tienda: elija otro</translation>
    </message>
    <message>
        <source>staff number {number} is already taken</source>
        <translation>el número de personal {number} ya está ocupado</translation>
    </message>
    <message>
        <source>that badge belongs to someone else</source>
        <translation>esa tarjeta es de otra persona</translation>
    </message>
    <message>
        <source>no staff member number {number}</source>
        <translation>no hay nadie en el personal con el número {number}</translation>
    </message>
    <message>
        <source>PIN sign-in on this till</source>
        <translation>la identificación por PIN en esta caja</translation>
    </message>
    <message>
        <source>that staff member was just removed</source>
        <translation>ese miembro del personal se acaba de dar de baja</translation>
    </message>
    <message>
        <source>badge sign-in on this till</source>
        <translation>la identificación con tarjeta en esta caja</translation>
    </message>
    <message>
        <source>that badge is not on the staff list</source>
        <translation>esa tarjeta no está en la lista del personal</translation>
    </message>
    <message>
        <source>PIN entry on this till</source>
        <translation>la introducción de PIN en esta caja</translation>
    </message>
    <message>
        <source>: the manager signs in with staff number and PIN (F9) and does it</source>
        <translation>: el encargado se identifica con su número de empleado y PIN (F9) y lo hace él</translation>
    </message>
    <message>
        <source>{approver} may not approve: {action}</source>
        <translation>{approver} no puede autorizar: {action}</translation>
    </message>
    <message>
        <source>unlock #{number}</source>
        <translation>desbloquear a #{number}</translation>
    </message>
    <message>
        <source>{what} is not on this order: put it back</source>
        <translation>{what} no está en este pedido: devuélvalo a su sitio</translation>
    </message>
    <message>
        <source>{what} is not to be picked here any more (rejected)</source>
        <translation>{what} ya no hay que prepararlo aquí (rechazado)</translation>
    </message>
    <message>
        <source>one too many: the order takes {qty} of {what}, all picked already</source>
        <translation>uno de más: el pedido lleva {qty} de {what} y ya están todos preparados</translation>
    </message>
    <message>
        <source>to pick</source>
        <translation>por preparar</translation>
    </message>
    <message>
        <source>waiting for a parcel</source>
        <translation>esperando un paquete</translation>
    </message>
    <message>
        <source>ready for the customer</source>
        <translation>listo para el cliente</translation>
    </message>
    <message>
        <source>packed, to ship</source>
        <translation>empaquetado, por enviar</translation>
    </message>
    <message>
        <source>put back on the shelf</source>
        <translation>por devolver a la estantería</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>routed</source>
        <translation>asignado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>picking</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>the order is {state}: it cannot be {target}</source>
        <translation>el pedido está {state}: no puede pasar a {target}</translation>
    </message>
    <message>
        <source>the order changed meanwhile (version {version}, the till saw {expected}): it is {state} now</source>
        <translation>el pedido cambió mientras tanto (versión {version}, la caja vio la {expected}): ahora está {state}</translation>
    </message>
    <message>
        <source>a rejected quantity must be positive</source>
        <translation>una cantidad rechazada debe ser positiva</translation>
    </message>
    <message>
        <source>reminders and the auto-cancel need at least 1 hour / 1 day</source>
        <translation>los recordatorios y la cancelación automática necesitan al menos 1 hora / 1 día</translation>
    </message>
    <message>
        <source>the second reminder must come after the first</source>
        <translation>el segundo recordatorio debe ir después del primero</translation>
    </message>
    <message>
        <source>no pickup order {pickup_id} on this till</source>
        <translation>no hay ningún pedido de recogida {pickup_id} en esta caja</translation>
    </message>
    <message>
        <source>type the name on the ID</source>
        <translation>escriba el nombre que figura en el documento</translation>
    </message>
    <message>
        <source>say which ID it is (passport, driving licence…)</source>
        <translation>indique qué documento es (pasaporte, carné de conducir…)</translation>
    </message>
    <message>
        <source>type the last 4 letters or digits of the ID number, no more</source>
        <translation>escriba las 4 últimas letras o cifras del número del documento, no más</translation>
    </message>
    <message>
        <source>{name} ({sku}) is not in this till&apos;s catalog yet: sync, then try again</source>
        <translation>{name} ({sku}) aún no está en el catálogo de esta caja: sincronice y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>order {order_number} was paid online: nothing to take</source>
        <translation>el pedido {order_number} se pagó en línea: no hay nada que cobrar</translation>
    </message>
    <message>
        <source>order {order_number} has no deposit to pay back here</source>
        <translation>el pedido {order_number} no tiene ningún anticipo que devolver aquí</translation>
    </message>
    <message>
        <source>order {order_number} is not paid: take the payment first</source>
        <translation>el pedido {order_number} no está pagado: cobre primero</translation>
    </message>
    <message>
        <source>order {order_number} was {how}: do not hand it over (customer service can help the customer)</source>
        <extracomment>{how} is the hub&apos;s words, in English (&quot;cancelled at 14:02 on 1 Dec&quot;); {state} the state alone, in the till&apos;s language.</extracomment>
        <translation>el pedido {order_number} está {state}: no lo entregue (atención al cliente puede ayudar al cliente)</translation>
    </message>
    <message>
        <source>order {order_number} was handed over already</source>
        <translation>el pedido {order_number} ya se entregó</translation>
    </message>
    <message>
        <source>order {order_number} is not ready: pick it, then F12</source>
        <translation>el pedido {order_number} no está listo: prepárelo y luego F12</translation>
    </message>
    <message>
        <source>order {order_number} is {label}: it cannot be handed over</source>
        <translation>el pedido {order_number} está {label}: no se puede entregar</translation>
    </message>
    <message>
        <source>that is not this order&apos;s pickup code: scan it again, or F4 to check an ID instead</source>
        <translation>ese no es el código de recogida de este pedido: escanéelo de nuevo, o F4 para comprobar un documento</translation>
    </message>
    <message>
        <source>verify the customer first: scan their pickup code, or F4 to check an ID</source>
        <translation>compruebe primero al cliente: escanee su código de recogida, o F4 para comprobar un documento</translation>
    </message>
    <message>
        <source>order {order_number} is {state} ({how}): do not pick it</source>
        <extracomment>{how} is the hub&apos;s words, in English (&quot;cancelled at 14:02 on 1 Dec&quot;).</extracomment>
        <translation>el pedido {order_number} está {state}: no lo prepare</translation>
    </message>
    <message>
        <source>order {order_number} is {state}: do not pick it</source>
        <translation>el pedido {order_number} está {state}: no lo prepare</translation>
    </message>
    <message>
        <source>order {order_number} is {label}: nothing to pick</source>
        <translation>el pedido {order_number} está {label}: no hay nada que preparar</translation>
    </message>
    <message>
        <source>no product for code {code}: scan it again or type the SKU</source>
        <translation>no hay ningún producto con el código {code}: vuelva a escanearlo o escriba el SKU</translation>
    </message>
    <message>
        <source>order {order_number} has no line {line_no}</source>
        <translation>el pedido {order_number} no tiene la línea {line_no}</translation>
    </message>
    <message>
        <source>nothing is left to pick of {name}</source>
        <translation>no queda nada que preparar de {name}</translation>
    </message>
    <message>
        <source>only {qty} of {name} is left to pick</source>
        <translation>solo quedan {qty} de {name} por preparar</translation>
    </message>
    <message>
        <source>{qty} of {name} still to pick (scan it, or F5 to reject the line)</source>
        <translation>aún quedan {qty} de {name} por preparar (escanéelo, o F5 para rechazar la línea)</translation>
    </message>
    <message>
        <source>a parcel from another store is still on its way: scan it in when it arrives</source>
        <translation>un paquete de otra tienda aún está en camino: escanéelo cuando llegue</translation>
    </message>
    <message>
        <source>every line was rejected: nothing is left to get ready</source>
        <translation>se rechazaron todas las líneas: no queda nada que preparar</translation>
    </message>
    <message>
        <source>New pickup order {order_number} for {customer_name}: Alt+2 Pickups</source>
        <translation>Pedido nuevo de recogida {order_number} para {customer_name}: Alt+2 Recogidas</translation>
    </message>
    <message>
        <source>New ship-from-store order {order_number} for {customer_name}: Alt+2 Pickups</source>
        <translation>Pedido nuevo para enviar desde la tienda {order_number} para {customer_name}: Alt+2 Recogidas</translation>
    </message>
    <message>
        <source>New ship-to-store transfer order {order_number} for {customer_name}: Alt+2 Pickups</source>
        <translation>Traspaso nuevo para enviar a tienda {order_number} para {customer_name}: Alt+2 Recogidas</translation>
    </message>
    <message>
        <source>nothing was scanned or typed</source>
        <translation>no se ha escaneado ni escrito nada</translation>
    </message>
    <message>
        <source>scan or type the parcel&apos;s tracking number</source>
        <translation>escanee o escriba el número de seguimiento del paquete</translation>
    </message>
    <message>
        <source>packages: 1 to 999</source>
        <translation>bultos: de 1 a 999</translation>
    </message>
    <message>
        <source>order {order_number} is {label}: pack it first (F12)</source>
        <translation>el pedido {order_number} está {label}: empaquételo primero (F12)</translation>
    </message>
    <message>
        <source>order {order_number} is {label}: it cannot be shipped</source>
        <translation>el pedido {order_number} está {label}: no se puede enviar</translation>
    </message>
    <message>
        <source>order {order_number} is not a pickup: no parcel comes for it</source>
        <translation>el pedido {order_number} no es de recogida: no llega ningún paquete para él</translation>
    </message>
    <message>
        <source>no parcel {parcel} is on its way for order {order_number}</source>
        <translation>no hay ningún paquete {parcel} en camino para el pedido {order_number}</translation>
    </message>
    <message>
        <source>the parcel from {from_node} for order {order_number} was taken in already</source>
        <translation>el paquete de {from_node} para el pedido {order_number} ya se recibió</translation>
    </message>
    <message>
        <source>order {order_number} has nothing to put back</source>
        <translation>el pedido {order_number} no tiene nada que devolver a su sitio</translation>
    </message>
    <message>
        <source>customer: their name (the order is collected under it)</source>
        <translation>cliente: su nombre (el pedido se recoge a ese nombre)</translation>
    </message>
    <message>
        <source>quantity: {reason}</source>
        <translation>cantidad: {reason}</translation>
    </message>
    <message>
        <source>quantity: type how many, more than 0</source>
        <translation>cantidad: escriba cuántos, más de 0</translation>
    </message>
    <message>
        <source>{reason}: say from or to where (the note)</source>
        <translation>{reason}: indique desde dónde o hacia dónde (en la nota)</translation>
    </message>
    <message>
        <source>{name}: {qty}, {reason}</source>
        <translation>{name}: {qty}, {reason}</translation>
    </message>
    <message>
        <source>count {number} was submitted already</source>
        <translation>el recuento {number} ya se envió</translation>
    </message>
    <message>
        <source>the count was submitted already</source>
        <translation>el recuento ya se envió</translation>
    </message>
    <message>
        <source>no item with SKU {sku}</source>
        <translation>no hay ningún artículo con el SKU {sku}</translation>
    </message>
    <message>
        <source>the deposit is not fully paid yet</source>
        <translation>el anticipo aún no está pagado del todo</translation>
    </message>
    <message>
        <source>the refund is not paid out yet</source>
        <translation>el reembolso aún no se ha pagado</translation>
    </message>
    <message>
        <source>collect at: {pickup_store} is not another store this till knows</source>
        <translation>recoger en: {pickup_store} no es otra tienda que conozca esta caja</translation>
    </message>
    <message>
        <source>collect at {store}</source>
        <translation>recoger en {store}</translation>
    </message>
    <message>
        <source>delivery: the street, city, postcode and the country&apos;s two letters</source>
        <translation>entrega: la calle, la ciudad, el código postal y las dos letras del país</translation>
    </message>
    <message>
        <source>a delivery is paid now, in full</source>
        <translation>una entrega se paga ahora, completa</translation>
    </message>
    <message>
        <source>delivery to {street}, {city}</source>
        <translation>entrega en {street}, {city}</translation>
    </message>
    <message>
        <source>nothing to pay now: the customer pays when collecting</source>
        <translation>no hay nada que pagar ahora: el cliente paga al recoger</translation>
    </message>
    <message>
        <source>take the payment first</source>
        <translation>cobre primero</translation>
    </message>
    <message>
        <source>the order changed after payment started; take payment again</source>
        <translation>el pedido cambió después de empezar el cobro; vuelva a cobrar</translation>
    </message>
    <message numerus="yes">
        <source>{count} line</source>
        <comment>{count} lines</comment>
        <translation>
            <numerusform>{count} línea</numerusform>
            <numerusform>{count} líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>the whole store</source>
        <extracomment>How a message names that area (&quot;the whole store of count S001-T01-C0001 ...&quot;).</extracomment>
        <translation>toda la tienda</translation>
    </message>
    <message>
        <source>count {number} is closed</source>
        <extracomment>Why a count that is no longer open cannot be counted (one sentence per state: the state&apos;s word alone would take the gender of what it is said of in Spanish or German).</extracomment>
        <translation>el recuento {number} está cerrado</translation>
    </message>
    <message>
        <source>count {number} is cancelled</source>
        <translation>el recuento {number} está cancelado</translation>
    </message>
    <message>
        <source>Mis-shipped</source>
        <translation>Envío erróneo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>an area name is at most 40 characters</source>
        <translation>el nombre de una zona tiene como máximo 40 caracteres</translation>
    </message>
    <message>
        <source>{text!r} is not a decimal number</source>
        <translation>{text!r} no es un número decimal</translation>
    </message>
    <message>
        <source>{text!r} is not a finite number</source>
        <translation>{text!r} no es un número finito</translation>
    </message>
    <message>
        <source>{text!r} is too large</source>
        <translation>{text!r} es demasiado grande</translation>
    </message>
    <message>
        <source>{text!r} has more than 3 decimals</source>
        <translation>{text!r} tiene más de 3 decimales</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañado</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>Robo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation>Traspaso de entrada</translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation>Traspaso de salida</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>no count {session_id}</source>
        <translation>no hay ningún recuento {session_id}</translation>
    </message>
    <message>
        <source>open the count first (Enter on it in the list)</source>
        <translation>abra primero el recuento (Intro sobre él en la lista)</translation>
    </message>
    <message>
        <source>a cycle count names SKUs, a category or a location</source>
        <translation>un recuento cíclico indica SKU, una categoría o una ubicación</translation>
    </message>
    <message>
        <source>{area} of count {number} was counted on another till already</source>
        <translation>{area} del recuento {number} ya se contó en otra caja</translation>
    </message>
    <message>
        <source>{area} of count {number} was submitted already</source>
        <translation>{area} del recuento {number} ya se envió</translation>
    </message>
    <message>
        <source>review the count first (F12)</source>
        <translation>revise primero el recuento (F12)</translation>
    </message>
    <message>
        <source>count {number}, {area}</source>
        <translation>recuento {number}, {area}</translation>
    </message>
    <message>
        <source>no such parcel on this till</source>
        <translation>ese paquete no está en esta caja</translation>
    </message>
    <message>
        <source>{number} was already taken in</source>
        <translation>{number} ya se recibió</translation>
    </message>
    <message>
        <source>this parcel was already taken in</source>
        <translation>este paquete ya se recibió</translation>
    </message>
    <message>
        <source>scan the RMA label, or type the order or receipt number</source>
        <translation>escanee la etiqueta RMA, o escriba el número del pedido o del ticket</translation>
    </message>
    <message>
        <source>{name} is an item: scan the parcel&apos;s RMA label first (or type the order or receipt number inside it; F2 sets a parcel aside)</source>
        <translation>{name} es un artículo: escanee primero la etiqueta RMA del paquete (o escriba el número del pedido o del ticket que trae dentro; F2 aparta un paquete)</translation>
    </message>
    <message>
        <source>{number} is not on this till: it is addressed to another store, or the till has not synced since it was made (type the order or receipt number instead)</source>
        <translation>{number} no está en esta caja: va dirigida a otra tienda, o la caja no se ha sincronizado desde que se creó (escriba en su lugar el número del pedido o del ticket)</translation>
    </message>
    <message>
        <source>say what the parcel is (sender, what is in it)</source>
        <translation>indique qué es el paquete (remitente, qué contiene)</translation>
    </message>
    <message>
        <source>type the receipt or web order number</source>
        <translation>escriba el número del ticket o del pedido web</translation>
    </message>
    <message>
        <source>this parcel has its RMA {number}</source>
        <translation>este paquete ya tiene su RMA {number}</translation>
    </message>
    <message>
        <source>choose an item of the parcel first</source>
        <translation>elija primero un artículo del paquete</translation>
    </message>
    <message>
        <source>a scanned item is in the parcel: choose what becomes of it</source>
        <translation>un artículo escaneado está en el paquete: elija qué se hace con él</translation>
    </message>
    <message>
        <source>scan what is in the parcel first</source>
        <translation>escanee primero lo que trae el paquete</translation>
    </message>
    <message>
        <source>no item for {code}</source>
        <translation>no hay ningún artículo para {code}</translation>
    </message>
    <message>
        <source>no delivery {delivery_id}</source>
        <translation>no hay ninguna entrega {delivery_id}</translation>
    </message>
    <message>
        <source>how many: more than 0</source>
        <translation>cuántos: más de 0</translation>
    </message>
    <message>
        <source>delivery {number} was received already</source>
        <translation>la entrega {number} ya se recibió</translation>
    </message>
    <message numerus="yes">
        <source>{count} found: Enter chooses, Up/Down move. Ctrl+N adds a new customer.</source>
        <comment>{count} found: Enter chooses, Up/Down move. Ctrl+N adds a new customer.</comment>
        <translation>
            <numerusform>{count} encontrado: Intro elige, Arriba/Abajo se mueven. Ctrl+N da de alta un cliente nuevo.</numerusform>
            <numerusform>{count} encontrados: Intro elige, Arriba/Abajo se mueven. Ctrl+N da de alta un cliente nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{counted} of {count} item counted</source>
        <comment>{counted} of {count} items counted</comment>
        <translation>
            <numerusform>{counted} de {count} artículo contado</numerusform>
            <numerusform>{counted} de {count} artículos contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} item counted</source>
        <comment>{count} items counted</comment>
        <translation>
            <numerusform>{count} artículo contado</numerusform>
            <numerusform>{count} artículos contados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{hint}  {count} unknown code kept for review.</source>
        <comment>{hint}  {count} unknown codes kept for review.</comment>
        <translation>
            <numerusform>{hint}  {count} código desconocido guardado para la revisión.</numerusform>
            <numerusform>{hint}  {count} códigos desconocidos guardados para la revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} line to recount (F5)</source>
        <comment>{count} lines to recount (F5)</comment>
        <translation>
            <numerusform>{count} línea para recontar (F5)</numerusform>
            <numerusform>{count} líneas para recontar (F5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} unknown code: F8 matches it</source>
        <comment>{count} unknown codes: F8 matches them</comment>
        <translation>
            <numerusform>{count} código desconocido: F8 lo asigna</numerusform>
            <numerusform>{count} códigos desconocidos: F8 los asigna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count {number} approved and sent: {lines}, {count} corrected ({amount}).</source>
        <comment>Count {number} approved and sent: {lines}, {count} corrected ({amount}).</comment>
        <translation>
            <numerusform>Recuento {number} aprobado y enviado: {lines}, {count} corregida ({amount}).</numerusform>
            <numerusform>Recuento {number} aprobado y enviado: {lines}, {count} corregidas ({amount}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} resumed where it stopped: {count} item scanned so far</source>
        <comment>{label} resumed where it stopped: {count} items scanned so far</comment>
        <translation>
            <numerusform>{label} retomado donde se quedó: {count} artículo escaneado hasta ahora</numerusform>
            <numerusform>{label} retomado donde se quedó: {count} artículos escaneados hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label} resumed: {count} item scanned so far</source>
        <comment>{label} resumed: {count} items scanned so far</comment>
        <translation>
            <numerusform>{label} retomado: {count} artículo escaneado hasta ahora</numerusform>
            <numerusform>{label} retomado: {count} artículos escaneados hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{parcel} taken in: {count} item</source>
        <comment>{parcel} taken in: {count} items</comment>
        <translation>
            <numerusform>{parcel} recibido: {count} artículo</numerusform>
            <numerusform>{parcel} recibido: {count} artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {count} not on the RMA</source>
        <comment>, {count} not on the RMA</comment>
        <translation>
            <numerusform>, {count} fuera de la RMA</numerusform>
            <numerusform>, {count} fuera de la RMA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} new order for this store: Alt+2 Pickups</source>
        <comment>{count} new orders for this store: Alt+2 Pickups</comment>
        <translation>
            <numerusform>{count} pedido nuevo para esta tienda: Alt+2 Recogidas</numerusform>
            <numerusform>{count} pedidos nuevos para esta tienda: Alt+2 Recogidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} order · PgUp/PgDown change the tab · Enter opens the selected one</source>
        <comment>{count} orders · PgUp/PgDown change the tab · Enter opens the selected one</comment>
        <translation>
            <numerusform>{count} pedido · RePág/AvPág cambian de pestaña · Intro abre el seleccionado</numerusform>
            <numerusform>{count} pedidos · RePág/AvPág cambian de pestaña · Intro abre el seleccionado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} order for “{text}”: Up/Down to choose, Enter to open</source>
        <comment>{count} orders for “{text}”: Up/Down to choose, Enter to open</comment>
        <translation>
            <numerusform>{count} pedido para «{text}»: Arriba/Abajo para elegir, Intro para abrir</numerusform>
            <numerusform>{count} pedidos para «{text}»: Arriba/Abajo para elegir, Intro para abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} found</source>
        <comment>{count} found</comment>
        <translation>
            <numerusform>{count} encontrado</numerusform>
            <numerusform>{count} encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: {count} product imported ({new} new, {changed} changed, {unchanged} as they were).</source>
        <comment>{file}: {count} products imported ({new} new, {changed} changed, {unchanged} as they were).</comment>
        <translation>
            <numerusform>{file}: {count} producto importado (nuevos: {new}, modificados: {changed}, sin cambios: {unchanged}).</numerusform>
            <numerusform>{file}: {count} productos importados (nuevos: {new}, modificados: {changed}, sin cambios: {unchanged}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more line</source>
        <comment>… and {count} more lines</comment>
        <translation>
            <numerusform>… y {count} línea más</numerusform>
            <numerusform>… y {count} líneas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} line was not imported, listed below: correct it in the file and import it again (the products already imported stay as they are). F12 goes on without it.</source>
        <comment>{count} lines were not imported, listed below: correct them in the file and import it again (the products already imported stay as they are). F12 goes on without them.</comment>
        <translation>
            <numerusform>{count} línea no se importó (abajo): corríjala en el archivo e impórtelo de nuevo (los productos ya importados se quedan como están). F12 sigue sin ella.</numerusform>
            <numerusform>{count} líneas no se importaron (abajo): corríjalas en el archivo e impórtelo de nuevo (los productos ya importados se quedan como están). F12 sigue sin ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} product from {file}</source>
        <comment>{count} products from {file}</comment>
        <translation>
            <numerusform>{count} producto de {file}</numerusform>
            <numerusform>{count} productos de {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sample product</source>
        <comment>{count} sample products</comment>
        <translation>
            <numerusform>{count} producto de ejemplo</numerusform>
            <numerusform>{count} productos de ejemplo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} sample product added. To sell it, type its code at the Sell screen and press Enter: {code} ({name}). F12 goes on.</source>
        <comment>{count} sample products added. To sell one, type its code at the Sell screen and press Enter, e.g. {code} ({name}). F12 goes on.</comment>
        <translation>
            <numerusform>{count} producto de ejemplo añadido. Para venderlo, escriba su código en la pantalla de Venta y pulse Intro: {code} ({name}). F12 sigue.</numerusform>
            <numerusform>{count} productos de ejemplo añadidos. Para vender uno, escriba su código en la pantalla de Venta y pulse Intro, p. ej. {code} ({name}). F12 sigue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {count} unknown code kept</source>
        <comment>, {count} unknown codes kept</comment>
        <translation>
            <numerusform>, {count} código desconocido guardado</numerusform>
            <numerusform>, {count} códigos desconocidos guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loading the catalog from the hub: {count} change</source>
        <comment>Loading the catalog from the hub: {count} changes</comment>
        <translation>
            <numerusform>Cargando el catálogo desde el hub: {count} cambio</numerusform>
            <numerusform>Cargando el catálogo desde el hub: {count} cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pulling {count} change</source>
        <comment>Pulling {count} changes</comment>
        <translation>
            <numerusform>Recibiendo {count} cambio</numerusform>
            <numerusform>Recibiendo {count} cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} event of this shift is not yet acknowledged by the hub.</source>
        <comment>{count} events of this shift are not yet acknowledged by the hub.</comment>
        <translation>
            <numerusform>{count} evento de este turno aún no está confirmado por el hub.</numerusform>
            <numerusform>{count} eventos de este turno aún no están confirmados por el hub.</numerusform>
        </translation>
    </message>
    <message>
        <source>opening hours {spec!r}: {text} is not a time of day</source>
        <translation>horario {spec!r}: {text} no es una hora del día</translation>
    </message>
    <message>
        <source>opening hours {spec!r}: {name!r} is not a day (mon..sun)</source>
        <translation>horario {spec!r}: {name!r} no es un día (mon..sun)</translation>
    </message>
    <message>
        <source>opening hours {spec!r}: write e.g. &apos;mon-fri 09:00-18:00; sat 10:00-16:00&apos;</source>
        <translation>horario {spec!r}: escríbalo por ejemplo así: &apos;mon-fri 09:00-18:00; sat 10:00-16:00&apos;</translation>
    </message>
    <message>
        <source>opening hours {spec!r}: {opens}-{closes} closes before it opens</source>
        <translation>horario {spec!r}: {opens}-{closes} cierra antes de abrir</translation>
    </message>
    <message>
        <source>opening hours {spec!r}: the store is never open</source>
        <translation>horario {spec!r}: la tienda no abre nunca</translation>
    </message>
    <message>
        <source>opening hours: too few hours open to count that far</source>
        <translation>horario: hay demasiado pocas horas de apertura para contar tanto</translation>
    </message>
    <message>
        <source>opening hours: too few days open to count that far</source>
        <translation>horario: hay demasiado pocos días de apertura para contar tanto</translation>
    </message>
    <message>
        <source>a routing rule needs a name</source>
        <translation>una regla de asignación necesita un nombre</translation>
    </message>
    <message>
        <source>rule {name!r}: unknown field(s) {fields}</source>
        <translation>regla {name!r}: campo(s) desconocido(s) {fields}</translation>
    </message>
    <message>
        <source>rule {name!r}: {reason} (kinds: store, warehouse; sort: cost, nearest, most_stock)</source>
        <translation>regla {name!r}: {reason} (kinds: store, warehouse; sort: cost, nearest, most_stock)</translation>
    </message>
    <message>
        <source>rule {name!r}: {reason}</source>
        <translation>regla {name!r}: {reason}</translation>
    </message>
    <message>
        <source>rule {name!r}: safety stock and distance must be positive</source>
        <translation>regla {name!r}: el stock de seguridad y la distancia deben ser positivos</translation>
    </message>
    <message>
        <source>rule {name!r}: {flag} must be true or false</source>
        <translation>regla {name!r}: {flag} debe ser true o false</translation>
    </message>
    <message>
        <source>tax rate {text!r} is not a decimal number</source>
        <translation>el tipo impositivo {text!r} no es un número decimal</translation>
    </message>
    <message>
        <source>tax rate {text!r} must be a fraction from 0 to below 1</source>
        <translation>el tipo impositivo {text!r} debe ser una fracción de 0 a menos de 1</translation>
    </message>
    <message>
        <source>unknown tax class {tax_class!r}</source>
        <translation>tipo de impuesto desconocido {tax_class!r}</translation>
    </message>
    <message>
        <source>tax {tax!r}: expected CLASS=RATE, e.g. standard=0.0825</source>
        <translation>impuesto {tax!r}: se espera CLASE=TIPO, p. ej. standard=0.0825</translation>
    </message>
    <message>
        <source>tax {tax!r}: {rate!r} is not a number</source>
        <translation>impuesto {tax!r}: {rate!r} no es un número</translation>
    </message>
    <message>
        <source>tax {tax!r}: the rate must be from 0 to 1 (or 0% to 100%)</source>
        <translation>impuesto {tax!r}: el tipo debe estar entre 0 y 1 (o entre 0 % y 100 %)</translation>
    </message>
    <message>
        <source>store code {code!r}: letters, digits, - and _, at most 20</source>
        <translation>código de tienda {code!r}: letras, dígitos, - y _, como mucho 20</translation>
    </message>
    <message>
        <source>the store needs a name (it is printed on receipts)</source>
        <translation>la tienda necesita un nombre (se imprime en los tickets)</translation>
    </message>
    <message>
        <source>prices must be exclusive or inclusive of tax</source>
        <translation>los precios deben ser sin impuestos (exclusive) o con impuestos (inclusive)</translation>
    </message>
    <message>
        <source>tax rounding must be per line or per document</source>
        <translation>el redondeo del impuesto debe ser por línea o por documento</translation>
    </message>
    <message>
        <source>till code {code!r}: letters, digits, - and _, at most 20</source>
        <translation>código de caja {code!r}: letras, dígitos, - y _, como mucho 20</translation>
    </message>
    <message>
        <source>language {language!r}: a two-letter code such as es</source>
        <translation>idioma {language!r}: un código de dos letras, como es</translation>
    </message>
    <message numerus="yes">
        <source>this till already made {sold} sale as store {store}; use a new data folder for another store</source>
        <comment>this till already made {sold} sales as store {store}; use a new data folder for another store</comment>
        <translation>
            <numerusform>esta caja ya hizo {sold} venta como tienda {store}; use una carpeta de datos nueva para otra tienda</numerusform>
            <numerusform>esta caja ya hizo {sold} ventas como tienda {store}; use una carpeta de datos nueva para otra tienda</numerusform>
        </translation>
    </message>
    <message>
        <source>this till already sold in {old}; cannot switch to {new}</source>
        <translation>esta caja ya vendió en {old}; no puede pasar a {new}</translation>
    </message>
    <message>
        <source>give at least one tax class, e.g. standard=8.25%</source>
        <translation>indique al menos una clase de impuesto, p. ej. standard=8.25%</translation>
    </message>
    <message>
        <source>this till has no store yet: set the store up first</source>
        <translation>esta caja aún no tiene tienda: configure primero la tienda</translation>
    </message>
    <message>
        <source>that PIN belongs to more than one person here: sign in with your staff number and PIN, and ask a manager to give one of you a new PIN</source>
        <translation>ese PIN es de más de una persona aquí: identifíquese con su número de empleado y PIN, y pida a un encargado que dé un PIN nuevo a uno de ustedes</translation>
    </message>
    <message>
        <source> (sign in with your staff number and PIN, or your badge)</source>
        <translation> (identifíquese con su número de empleado y PIN, o con su tarjeta)</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>PIN incorrecto</translation>
    </message>
    <message numerus="yes">
        <source>badge sign-in is locked after too many unknown badges for {minutes} more minute (sign in with your PIN)</source>
        <comment>badge sign-in is locked after too many unknown badges for {minutes} more minutes (sign in with your PIN)</comment>
        <translation>
            <numerusform>la identificación con tarjeta está bloqueada por demasiadas tarjetas desconocidas durante {minutes} minuto más (identifíquese con su PIN)</numerusform>
            <numerusform>la identificación con tarjeta está bloqueada por demasiadas tarjetas desconocidas durante {minutes} minutos más (identifíquese con su PIN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} is locked out after too many wrong PINs for {minutes} more minute{hint}</source>
        <comment>{who} is locked out after too many wrong PINs for {minutes} more minutes{hint}</comment>
        <translation>
            <numerusform>{who}: bloqueo de {minutes} minuto más por demasiados PIN incorrectos{hint}</numerusform>
            <numerusform>{who}: bloqueo de {minutes} minutos más por demasiados PIN incorrectos{hint}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{who} is locked out after too many wrong PINs for {minutes} more minute</source>
        <comment>{who} is locked out after too many wrong PINs for {minutes} more minutes</comment>
        <translation>
            <numerusform>{who}: bloqueo de {minutes} minuto más por demasiados PIN incorrectos</numerusform>
            <numerusform>{who}: bloqueo de {minutes} minutos más por demasiados PIN incorrectos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many unknown badges: {who} is locked out for {minutes} minute</source>
        <comment>too many unknown badges: {who} is locked out for {minutes} minutes</comment>
        <translation>
            <numerusform>demasiadas tarjetas desconocidas: bloqueo de {who} durante {minutes} minuto</numerusform>
            <numerusform>demasiadas tarjetas desconocidas: bloqueo de {who} durante {minutes} minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too many wrong PINs: {who} is locked out for {minutes} minute</source>
        <comment>too many wrong PINs: {who} is locked out for {minutes} minutes</comment>
        <translation>
            <numerusform>demasiados PIN incorrectos: bloqueo de {who} durante {minutes} minuto</numerusform>
            <numerusform>demasiados PIN incorrectos: bloqueo de {who} durante {minutes} minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{wrong} ({left} more try before a lock-out)</source>
        <comment>{wrong} ({left} more tries before a lock-out)</comment>
        <translation>
            <numerusform>{wrong} (queda {left} intento antes del bloqueo)</numerusform>
            <numerusform>{wrong} (quedan {left} intentos antes del bloqueo)</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer has no usable keyring, so the till cannot keep its hub token safely (it is never written to a file). {problem}</source>
        <translation>Este ordenador no tiene un llavero utilizable, así que la caja no puede guardar de forma segura su token del hub (nunca se escribe en un archivo). {problem}</translation>
    </message>
    <message>
        <source>Cannot reach the hub at {hub}: check the address and the network. ({problem})</source>
        <translation>No se puede contactar con el hub en {hub}: compruebe la dirección y la red. ({problem})</translation>
    </message>
    <message>
        <source>The hub refused the code: it is unknown, already used or expired. Ask for a new one.</source>
        <translation>El hub rechazó el código: no existe, ya se usó o ha caducado. Pida uno nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong codes from this till; wait a few minutes and try again.</source>
        <translation>Demasiados códigos incorrectos desde esta caja; espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The hub refused the enrollment: {problem}</source>
        <translation>El hub rechazó el registro: {problem}</translation>
    </message>
    <message>
        <source>Enrollment failed: {problem}</source>
        <translation>El registro falló: {problem}</translation>
    </message>
    <message>
        <source>product {sku!r}: SKU and name are required</source>
        <translation>producto {sku!r}: el SKU y el nombre son obligatorios</translation>
    </message>
    <message>
        <source>product {sku}: sold_by must be unit or weight</source>
        <translation>producto {sku}: sold_by debe ser unit o weight</translation>
    </message>
    <message>
        <source>product {sku}: price must be integer minor units</source>
        <translation>producto {sku}: el precio debe ser un número entero de céntimos</translation>
    </message>
    <message>
        <source>product {sku}: price is negative</source>
        <translation>producto {sku}: el precio es negativo</translation>
    </message>
    <message>
        <source>product {sku}: {gtin!r} is not a normalised GTIN-14</source>
        <translation>producto {sku}: {gtin!r} no es un GTIN-14 normalizado</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>línea {line}: {reason}</translation>
    </message>
    <message>
        <source>the header lacks {missing} (needs {needed})</source>
        <translation>a la cabecera le falta {missing} (necesita {needed})</translation>
    </message>
    <message>
        <source>the header repeats {columns}</source>
        <translation>la cabecera repite {columns}</translation>
    </message>
    <message numerus="yes">
        <source>has {fields} field, the header has {width}</source>
        <comment>has {fields} fields, the header has {width}</comment>
        <translation>
            <numerusform>tiene {fields} campo y la cabecera tiene {width}</numerusform>
            <numerusform>tiene {fields} campos y la cabecera tiene {width}</numerusform>
        </translation>
    </message>
    <message>
        <source>SKU {sku} already on line {first}</source>
        <translation>el SKU {sku} ya está en la línea {first}</translation>
    </message>
    <message>
        <source>GTIN {gtin} already used by SKU {sku} on line {first}</source>
        <translation>el GTIN {gtin} ya lo usa el SKU {sku} en la línea {first}</translation>
    </message>
    <message>
        <source>{name} is longer than {limit} characters</source>
        <translation>{name} tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation>sku está vacío</translation>
    </message>
    <message>
        <source>name is empty</source>
        <translation>name está vacío</translation>
    </message>
    <message>
        <source>price: {reason}</source>
        <translation>precio: {reason}</translation>
    </message>
    <message>
        <source>none; run omnipos setup --tax</source>
        <translation>ninguna; ejecute omnipos setup --tax</translation>
    </message>
    <message>
        <source>unknown tax class {tax_class!r} (known: {known})</source>
        <translation>clase de impuesto desconocida {tax_class!r} (conocidas: {known})</translation>
    </message>
    <message>
        <source>sold_by must be unit or weight, not {sold_by!r}</source>
        <translation>sold_by debe ser unit o weight, no {sold_by!r}</translation>
    </message>
    <message>
        <source>this till has no store yet: run &apos;omnipos setup&apos; first</source>
        <translation>esta caja aún no tiene tienda: ejecute primero &apos;omnipos setup&apos;</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>no existe el archivo: {path}</translation>
    </message>
    <message>
        <source>{path} is a directory, not a CSV file</source>
        <translation>{path} es una carpeta, no un archivo CSV</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text (byte {byte})</source>
        <translation>{path} no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{path} is not valid CSV: {reason}</source>
        <translation>{path} no es un CSV válido: {reason}</translation>
    </message>
    <message>
        <source>{path} is empty</source>
        <translation>{path} está vacío</translation>
    </message>
    <message>
        <source>Customer display not answering on {port} - check it is on and connected</source>
        <translation>El visor del cliente no responde en {port}: compruebe que está encendido y conectado</translation>
    </message>
    <message>
        <source>Display address {address!r} is not valid: a pole display is serial, e.g. serial:///dev/ttyUSB1?baudrate=9600</source>
        <translation>La dirección del visor {address!r} no es válida: un visor es serie, p. ej. serial:///dev/ttyUSB1?baudrate=9600</translation>
    </message>
    <message>
        <source>Display command set {protocol!r} is unknown: use {choices}</source>
        <translation>El juego de órdenes del visor {protocol!r} es desconocido: use {choices}</translation>
    </message>
    <message>
        <source>the connection was refused (is it switched on?)</source>
        <translation>la conexión fue rechazada (¿está encendida?)</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>no respondió a tiempo</translation>
    </message>
    <message>
        <source>it cannot be reached on the network</source>
        <translation>no se puede llegar a ella por la red</translation>
    </message>
    <message>
        <source>there is no such device</source>
        <translation>no existe ese dispositivo</translation>
    </message>
    <message>
        <source>this user may not use it</source>
        <translation>este usuario no tiene permiso para usarlo</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>otro programa lo está usando</translation>
    </message>
    <message>
        <source>Printing through CUPS needs the pycups package</source>
        <translation>Imprimir a través de CUPS necesita el paquete pycups</translation>
    </message>
    <message>
        <source>Printer {printer} is not reachable: {reason}</source>
        <translation>No se puede contactar con la impresora {printer}: {reason}</translation>
    </message>
    <message>
        <source>Printer {printer} could not be opened: {reason}</source>
        <translation>No se pudo abrir la impresora {printer}: {reason}</translation>
    </message>
    <message>
        <source>Printer {printer} is not open</source>
        <translation>La impresora {printer} no está abierta</translation>
    </message>
    <message>
        <source>Printing on {printer} failed: {reason}</source>
        <translation>Falló la impresión en {printer}: {reason}</translation>
    </message>
    <message>
        <source>Printer {printer} stopped answering: {reason}</source>
        <translation>La impresora {printer} dejó de responder: {reason}</translation>
    </message>
    <message>
        <source>Printer {printer} closed the connection</source>
        <translation>La impresora {printer} cerró la conexión</translation>
    </message>
    <message>
        <source>Unknown printer profile {key!r}; choose one of {known}</source>
        <translation>Perfil de impresora desconocido {key!r}; elija uno de {known}</translation>
    </message>
    <message>
        <source>The print queue is stopped</source>
        <translation>La cola de impresión está parada</translation>
    </message>
    <message>
        <source>Printing failed unexpectedly</source>
        <translation>La impresión falló de forma inesperada</translation>
    </message>
    <message>
        <source>Not printed: the printer was unavailable for too long ({state})</source>
        <translation>No impreso: la impresora no estuvo disponible durante demasiado tiempo ({state})</translation>
    </message>
    <message>
        <source>Printed, but: {state}</source>
        <translation>Impreso, pero: {state}</translation>
    </message>
    <message>
        <source>A serial scanner needs a serial:// address, not {address!r}</source>
        <translation>Un escáner serie necesita una dirección serial://, no {address!r}</translation>
    </message>
    <message>
        <source>Scanner {scanner} is not reachable: {reason}</source>
        <translation>No se puede contactar con el escáner {scanner}: {reason}</translation>
    </message>
    <message>
        <source>Scanner {scanner} was disconnected: {reason}</source>
        <translation>El escáner {scanner} se desconectó: {reason}</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Impresora lista</translation>
    </message>
    <message>
        <source>Printer paper is running low</source>
        <translation>A la impresora le queda poco papel</translation>
    </message>
    <message>
        <source>Printer is out of paper</source>
        <translation>La impresora no tiene papel</translation>
    </message>
    <message>
        <source>Printer cover is open</source>
        <translation>La tapa de la impresora está abierta</translation>
    </message>
    <message>
        <source>Printer is offline</source>
        <translation>La impresora no está conectada</translation>
    </message>
    <message>
        <source>Printer status unknown</source>
        <translation>Estado de la impresora desconocido</translation>
    </message>
    <message>
        <source>option {name}={value!r} is not a number</source>
        <translation>la opción {name}={value!r} no es un número</translation>
    </message>
    <message>
        <source>Device address {address!r} is not valid: {why}</source>
        <translation>La dirección del dispositivo {address!r} no es válida: {why}</translation>
    </message>
    <message>
        <source>expected scheme://..., e.g. tcp://192.168.1.50:9100</source>
        <translation>se espera esquema://..., p. ej. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>the port is not a number</source>
        <translation>el puerto no es un número</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>falta el host</translation>
    </message>
    <message>
        <source>expected usb://VID:PID in hex, e.g. usb://04b8:0202</source>
        <translation>se espera usb://VID:PID en hexadecimal, p. ej. usb://04b8:0202</translation>
    </message>
    <message>
        <source>no device path</source>
        <translation>falta la ruta del dispositivo</translation>
    </message>
    <message>
        <source>no queue name</source>
        <translation>falta el nombre de la cola</translation>
    </message>
    <message>
        <source>unknown scheme {scheme!r}; use one of {schemes}</source>
        <translation>esquema desconocido {scheme!r}; use uno de {schemes}</translation>
    </message>
    <message>
        <source>Printer profile {profile} is not usable: {reason}</source>
        <translation>El perfil de impresora {profile} no se puede usar: {reason}</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate changed: this till pinned SHA-256 {pinned} at enrollment, the hub now shows {new}. Sync is stopped so that the device token goes to no other server. If the hub&apos;s certificate was renewed, check the new fingerprint with the hub&apos;s administrator (&apos;omnipos-hub serve&apos; prints it) and accept it with &apos;omnipos sync --once --accept-certificate {new}&apos;, or enroll the till again.</source>
        <translation>El certificado del hub ha cambiado: esta caja fijó SHA-256 {pinned} al registrarse y el hub ahora muestra {new}. La sincronización está parada para que el token del dispositivo no vaya a ningún otro servidor. Si se renovó el certificado del hub, compruebe la nueva huella con el administrador del hub (&apos;omnipos-hub serve&apos; la muestra) y acéptela con &apos;omnipos sync --once --accept-certificate {new}&apos;, o registre la caja de nuevo.</translation>
    </message>
    <message>
        <source>The hub&apos;s certificate is not trusted ({reason}). If the hub uses a private certificate authority, enroll with --ca-file CA.pem.</source>
        <translation>El certificado del hub no es de confianza ({reason}). Si el hub usa una autoridad de certificación privada, registre la caja con --ca-file CA.pem.</translation>
    </message>
    <message>
        <source>this till has no device token; enroll it</source>
        <translation>esta caja no tiene token de dispositivo; regístrela</translation>
    </message>
    <message>
        <source>hub unreachable: {reason}</source>
        <translation>no se puede contactar con el hub: {reason}</translation>
    </message>
    <message>
        <source>unreadable answer from the hub: {reason}</source>
        <translation>respuesta ilegible del hub: {reason}</translation>
    </message>
    <message>
        <source>hub answered {code}: {reason}</source>
        <translation>el hub respondió {code}: {reason}</translation>
    </message>
    <message>
        <source>could not read the hub&apos;s certificate at {hub}: {reason}</source>
        <translation>no se pudo leer el certificado del hub en {hub}: {reason}</translation>
    </message>
    <message>
        <source>the hub at {hub} shows certificate SHA-256 {seen}, not {wanted}: nothing changed. Check the fingerprint with the hub&apos;s administrator.</source>
        <translation>el hub en {hub} muestra el certificado SHA-256 {seen}, no {wanted}: no se ha cambiado nada. Compruebe la huella con el administrador del hub.</translation>
    </message>
    <message>
        <source>{text!r} is not a SHA-256 fingerprint (64 hex digits, colons allowed: AB:12:...)</source>
        <translation>{text!r} no es una huella SHA-256 (64 dígitos hexadecimales, se admiten dos puntos: AB:12:...)</translation>
    </message>
    <message>
        <source>CA file {file}: {reason}</source>
        <translation>archivo de CA {file}: {reason}</translation>
    </message>
    <message>
        <source>hub address {url!r}: write it as https://HOST:PORT</source>
        <translation>dirección del hub {url!r}: escríbala como https://HOST:PUERTO</translation>
    </message>
    <message>
        <source>hub address {url!r} is plain HTTP: this till&apos;s device token would cross the network unencrypted. Use https:// (the hub serves it with --certfile/--keyfile, or behind a reverse proxy), or say --allow-http for a lab network</source>
        <translation>la dirección del hub {url!r} es HTTP sin cifrar: el token de dispositivo de esta caja cruzaría la red sin cifrar. Use https:// (el hub lo sirve con --certfile/--keyfile, o detrás de un proxy inverso), o indique --allow-http para una red de pruebas</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>HTTP sin cifrar</translation>
    </message>
    <message>
        <source>The hub {url} is reached over plain HTTP (--allow-http): the device token crosses the network unencrypted.</source>
        <translation>Al hub {url} se llega por HTTP sin cifrar (--allow-http): el token del dispositivo cruza la red sin cifrar.</translation>
    </message>
    <message>
        <source>the hub {hub} is not reached over HTTPS</source>
        <translation>al hub {hub} no se llega por HTTPS</translation>
    </message>
    <message>
        <source>it failed a probe</source>
        <translation>falló una prueba</translation>
    </message>
    <message>
        <source>no usable keyring backend ({backend}: {reason}); secrets are only ever kept in the OS keyring. Start a desktop keyring (e.g. GNOME Keyring / KWallet) or name one with PYTHON_KEYRING_BACKEND, then try again</source>
        <translation>no hay ningún llavero utilizable ({backend}: {reason}); los secretos solo se guardan en el llavero del sistema. Inicie un llavero de escritorio (p. ej. GNOME Keyring / KWallet) o indique uno con PYTHON_KEYRING_BACKEND, y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>keyring: {reason}</source>
        <translation>llavero: {reason}</translation>
    </message>
    <message>
        <source>keyring could not store the secret: {reason}</source>
        <translation>el llavero no pudo guardar el secreto: {reason}</translation>
    </message>
    <message>
        <source>this till is not enrolled with a hub (run &apos;omnipos enroll --hub URL --code CODE&apos;)</source>
        <extracomment>Hello is said on first contact, after any failed pass and then every this often; between, a pass is one push (which brings the feed back) or, with nothing to push, one pull. The journal head the hub keeps, from hello and then each push&apos;s answer.</extracomment>
        <translation>esta caja no está registrada en un hub (ejecute &apos;omnipos enroll --hub URL --code CÓDIGO&apos;)</translation>
    </message>
    <message>
        <source>{problem}; enroll again</source>
        <translation>{problem}; registre la caja de nuevo</translation>
    </message>
    <message>
        <source>being picked</source>
        <translation>en preparación</translation>
    </message>
    <message>
        <source>rejected (a line)</source>
        <translation>rechazado (una línea)</translation>
    </message>
    <message>
        <source>Order {order_number}: the hub does not know this order here any more</source>
        <translation>Pedido {order_number}: el hub ya no conoce este pedido aquí</translation>
    </message>
    <message>
        <source>Order {order_number} was {how}: the hub did not take it as {what}</source>
        <extracomment>{how} is the hub&apos;s words, in English (&quot;cancelled at 14:02 on 1 Dec&quot;); {state} the state alone, in the till&apos;s language.</extracomment>
        <translation>El pedido {order_number} está {state}: el hub no lo aceptó como {what}</translation>
    </message>
    <message>
        <source>Order {order_number}: the hub did not take it as {what}: {why}</source>
        <extracomment>{why} is the hub&apos;s reason, in its words (English).</extracomment>
        <translation>Pedido {order_number}: el hub no lo aceptó como {what}: {why}</translation>
    </message>
    <message>
        <source>the hub refused it</source>
        <translation>el hub lo rechazó</translation>
    </message>
    <message>
        <source>parcel for {original}</source>
        <extracomment>What the parcel returns: the RMA&apos;s original, or what the associate matched it to.</extracomment>
        <translation>paquete de {original}</translation>
    </message>
    <message>
        <source>web order {number}</source>
        <extracomment>True when this till could not ask the hub (its own sale, offline).</extracomment>
        <translation>pedido web {number}</translation>
    </message>
    <message>
        <source>parcel set aside</source>
        <translation>paquete apartado</translation>
    </message>
    <message>
        <source>{name} {percent} % off</source>
        <translation>{name} con un {percent} % de descuento</translation>
    </message>
    <message>
        <source>the sale</source>
        <translation>la venta</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{discounts}, over the {limit} % limit</source>
        <translation>{discounts}, por encima del límite del {limit} %</translation>
    </message>
    <message>
        <source>Keyring unencrypted</source>
        <extracomment>keyring&apos;s own setting by which an administrator names the backend.</extracomment>
        <translation>Llavero sin cifrar</translation>
    </message>
    <message>
        <source>No usable keyring ({backend}): secrets cannot be kept on this till.</source>
        <translation>No hay ningún llavero utilizable ({backend}): esta caja no puede guardar secretos.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) keeps secrets UNENCRYPTED in a file: anyone who can read that file has this till&apos;s device token. Name an encrypted keyring with {setting}.</source>
        <translation>El llavero ({backend}) guarda los secretos SIN CIFRAR en un archivo: quien pueda leer ese archivo tiene el token del dispositivo de esta caja. Indique un llavero cifrado con {setting}.</translation>
    </message>
    <message>
        <source>The keyring ({backend}) keeps secrets unencrypted; OmniPOS uses such a keyring only when an administrator names it with {setting}.</source>
        <translation>El llavero ({backend}) guarda los secretos sin cifrar; OmniPOS solo usa un llavero así cuando un administrador lo indica con {setting}.</translation>
    </message>
    <message>
        <source>The hub is missing event {first} of this till (not on this till any more).</source>
        <translation>Al hub le falta el evento {first} de esta caja (ya no está en esta caja).</translation>
    </message>
    <message>
        <source>The hub is missing events {first}-{last} of this till (not on this till any more).</source>
        <translation>Al hub le faltan los eventos {first}-{last} de esta caja (ya no están en esta caja).</translation>
    </message>
    <message>
        <source>The hub is missing event {first} of this till (held here: sent again, or quarantined here).</source>
        <translation>Al hub le falta el evento {first} de esta caja (está aquí: enviado de nuevo, o en cuarentena aquí).</translation>
    </message>
    <message>
        <source>The hub is missing events {first}-{last} of this till (held here: sent again, or quarantined here).</source>
        <translation>Al hub le faltan los eventos {first}-{last} de esta caja (están aquí: enviados de nuevo, o en cuarentena aquí).</translation>
    </message>
    <message>
        <source>The hub is missing events {first}-{last} of this till ({held} of them held here).</source>
        <translation>Al hub le faltan los eventos {first}-{last} de esta caja ({held} de ellos están aquí).</translation>
    </message>
    <message>
        <source>the end date is before the start date</source>
        <translation>la fecha final es anterior a la inicial</translation>
    </message>
    <message>
        <source>setting {key!r} cannot be changed here</source>
        <translation>el ajuste {key!r} no se puede cambiar aquí</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cambio de artículos</translation>
    </message>
    <message>
        <source>Web order payment</source>
        <translation>Pago del pedido web</translation>
    </message>
    <message>
        <source>*** COPY ***</source>
        <translation>*** COPIA ***</translation>
    </message>
    <message>
        <source>RETURN</source>
        <translation>DEVOLUCIÓN</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Till {code}</source>
        <translation>Caja {code}</translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation>Cajero: {name}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <source>Original receipt</source>
        <translation>Ticket original</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo del efectivo</translation>
    </message>
    <message>
        <source>Total in cash</source>
        <translation>Total en efectivo</translation>
    </message>
    <message>
        <source>Refunded to {tender}</source>
        <translation>Devuelto en {tender}</translation>
    </message>
    <message>
        <source>Approval {code}</source>
        <translation>Autorización {code}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Store credit balance</source>
        <translation>Saldo a favor restante</translation>
    </message>
    <message>
        <source>Tax (included)</source>
        <translation>Impuestos (incluidos)</translation>
    </message>
    <message>
        <source>{tax_class} {rate} on {base}</source>
        <translation>{tax_class} {rate} sobre {base}</translation>
    </message>
    <message>
        <source>ORDER PICKUP</source>
        <translation>RECOGIDA DE PEDIDO</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Associate: {name}</source>
        <translation>Dependiente: {name}</translation>
    </message>
    <message>
        <source>Verified: {name}</source>
        <translation>Comprobado: {name}</translation>
    </message>
    <message>
        <source>Received in good order:</source>
        <translation>Recibido en buen estado:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Prometido</translation>
    </message>
    <message>
        <source>Ship to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>{kind} REPORT</source>
        <translation>INFORME {kind}</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <source>Sales ({count})</source>
        <translation>Ventas ({count})</translation>
    </message>
    <message>
        <source>Returns ({count})</source>
        <translation>Devoluciones ({count})</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>No-sale openings</source>
        <translation>Aperturas sin venta</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>Formas de pago</translation>
    </message>
    <message>
        <source>{tax_class} on {base}</source>
        <translation>{tax_class} sobre {base}</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo de caja inicial</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Entradas de caja</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Salidas de caja</translation>
    </message>
    <message>
        <source>Safe drops</source>
        <translation>Retiradas a caja fuerte</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>SHIFT CLOSED</source>
        <translation>TURNO CERRADO</translation>
    </message>
    <message>
        <source>COUNT SHEET</source>
        <translation>HOJA DE RECUENTO</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Teórico</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Counted by: {name}</source>
        <translation>Contado por: {name}</translation>
    </message>
    <message>
        <source>TEST PAGE</source>
        <translation>PÁGINA DE PRUEBA</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Accents: {letters}</source>
        <translation>Acentos: {letters}</translation>
    </message>
    <message>
        <source>Currency: {signs}</source>
        <translation>Monedas: {signs}</translation>
    </message>
    <message>
        <source>Bold line</source>
        <translation>Línea en negrita</translation>
    </message>
    <message>
        <source>Centred line</source>
        <translation>Línea centrada</translation>
    </message>
    <message>
        <source>Right line</source>
        <translation>Línea a la derecha</translation>
    </message>
</context>
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
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo ha fallado; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Art.</translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Esta caja</translation>
    </message>
    <message>
        <source>Areas done</source>
        <translation>Zonas hechas</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Expected in the parcel</source>
        <translation>Esperado en el paquete</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Escaneado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Found in the parcel</source>
        <translation>Encontrado en el paquete</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>Por preparar</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Queda</translation>
    </message>
    <message>
        <source>On the receipt</source>
        <translation>En el ticket</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Can return</source>
        <translation>Se puede devolver</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Se devuelve</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio ud.</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Parked at</source>
        <translation>Aparcada a las</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Over / short</source>
        <translation>Sobra / falta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Ocurrió</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>Start a count</source>
        <translation>Iniciar un recuento</translation>
    </message>
    <message>
        <source>Start a stock count</source>
        <translation>Iniciar un recuento de existencias</translation>
    </message>
    <message>
        <source>Cycle count: the items listed</source>
        <translation>Recuento cíclico: los artículos de la lista</translation>
    </message>
    <message>
        <source>Cycle count: a category</source>
        <translation>Recuento cíclico: una categoría</translation>
    </message>
    <message>
        <source>Cycle count: a shelf location</source>
        <translation>Recuento cíclico: una ubicación de estantería</translation>
    </message>
    <message>
        <source>Full count: every item in the store</source>
        <translation>Inventario completo: todos los artículos de la tienda</translation>
    </message>
    <message>
        <source>SKUs separated by spaces or commas, or the category</source>
        <translation>SKU separados por espacios o comas, o la categoría</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>Blind: counters do not see expected quantities</source>
        <translation>A ciegas: quien cuenta no ve las cantidades esperadas</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Qué contar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>say what to count: SKUs, a category or a location</source>
        <translation>indique qué contar: SKU, una categoría o una ubicación</translation>
    </message>
    <message>
        <source>due: write a date as YYYY-MM-DD</source>
        <translation>fecha límite: escriba la fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Count an area</source>
        <translation>Contar una zona</translation>
    </message>
    <message>
        <source>Which area of count {number} do you count?</source>
        <translation>¿Qué zona del recuento {number} va a contar?</translation>
    </message>
    <message>
        <source>Another till can count another area at the same time; the hub adds the areas up.</source>
        <translation>Otra caja puede contar otra zona a la vez; el hub suma las zonas.</translation>
    </message>
    <message>
        <source>Front, Back room, Aisle 4…</source>
        <translation>Entrada, Almacén, Pasillo 4…</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>name the area (or Esc and Enter to count the whole store)</source>
        <translation>indique la zona (o Esc e Intro para contar toda la tienda)</translation>
    </message>
    <message>
        <source>Variance reason</source>
        <translation>Motivo de la diferencia</translation>
    </message>
    <message>
        <source>Why is {name} off?</source>
        <translation>¿Por qué no cuadra {name}?</translation>
    </message>
    <message>
        <source>No reason</source>
        <translation>Sin motivo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Match a code</source>
        <translation>Asignar un código</translation>
    </message>
    <message>
        <source>Which item carries this code?</source>
        <translation>¿Qué artículo lleva este código?</translation>
    </message>
    <message>
        <source>{code}  (1 scan)</source>
        <translation>{code}  (1 lectura)</translation>
    </message>
    <message>
        <source>{code}  ({scans} scans)</source>
        <translation>{code}  ({scans} lecturas)</translation>
    </message>
    <message>
        <source>the item&apos;s SKU</source>
        <translation>el SKU del artículo</translation>
    </message>
    <message>
        <source>Item SKU</source>
        <translation>SKU del artículo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>type the SKU of the item this code belongs to</source>
        <translation>escriba el SKU del artículo al que pertenece este código</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>contando</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>  (expected shown)</source>
        <translation>  (se ve lo esperado)</translation>
    </message>
    <message>
        <source>  (not on the list)</source>
        <translation>  (no está en la lista)</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>RECOUNT (F5)</source>
        <translation>RECONTAR (F5)</translation>
    </message>
    <message>
        <source>recounted</source>
        <translation>recontado</translation>
    </message>
    <message>
        <source>Enter (or a scan) opens the selected count. F5 counts one area of it, F8 starts a new count.</source>
        <translation>Intro (o una lectura) abre el recuento seleccionado. F5 cuenta una zona, F8 inicia un recuento nuevo.</translation>
    </message>
    <message>
        <source>Scan each item: one scan counts one. F4 after a scan: how many (a case). F2 finds an item without a barcode. F12: review.</source>
        <translation>Escanee cada artículo: cada lectura cuenta uno. F4 tras una lectura: cuántos (una caja). F2 busca un artículo sin código de barras. F12: revisión.</translation>
    </message>
    <message>
        <source>F5 recounts the selected line, F4 gives its reason, F8 matches an unknown code. F12 submits (a manager approves). Esc counts more.</source>
        <translation>F5 recuenta la línea seleccionada, F4 indica su motivo, F8 asigna un código desconocido. F12 envía (lo aprueba un encargado). Esc cuenta más.</translation>
    </message>
    <message>
        <source>Open  Enter</source>
        <translation>Abrir  Intro</translation>
    </message>
    <message>
        <source>Review  F12</source>
        <translation>Revisar  F12</translation>
    </message>
    <message>
        <source>Submit  F12</source>
        <translation>Enviar  F12</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Cantidad
F4</translation>
    </message>
    <message>
        <source>Reason
F4</source>
        <translation>Motivo
F4</translation>
    </message>
    <message>
        <source>Recount
F5</source>
        <translation>Recontar
F5</translation>
    </message>
    <message>
        <source>Area
F5</source>
        <translation>Zona
F5</translation>
    </message>
    <message>
        <source>Match code
F8</source>
        <translation>Asignar código
F8</translation>
    </message>
    <message>
        <source>New count
F8</source>
        <translation>Nuevo recuento
F8</translation>
    </message>
    <message>
        <source>Scan an item (or type its SKU or barcode, then Enter)</source>
        <translation>Escanee un artículo (o escriba su SKU o código de barras y pulse Intro)</translation>
    </message>
    <message>
        <source>Scan to open the selected count and count the item</source>
        <translation>Escanee para abrir el recuento seleccionado y contar el artículo</translation>
    </message>
    <message>
        <source>In review: Esc to count more</source>
        <translation>En revisión: Esc para contar más</translation>
    </message>
    <message>
        <source>Counts: open counts of this store</source>
        <translation>Recuentos: recuentos abiertos de esta tienda</translation>
    </message>
    <message>
        <source> · due {when}</source>
        <translation> · fecha límite {when}</translation>
    </message>
    <message>
        <source> · blind count</source>
        <translation> · recuento a ciegas</translation>
    </message>
    <message>
        <source>Count {number}: {title}</source>
        <translation>Recuento {number}: {title}</translation>
    </message>
    <message>
        <source>No count is selected: a manager starts one with F8.</source>
        <translation>No hay ningún recuento seleccionado: un encargado inicia uno con F8.</translation>
    </message>
    <message>
        <source>Scan the first item.</source>
        <translation>Escanee el primer artículo.</translation>
    </message>
    <message>
        <source>Scan of {code} not counted: finish &quot;{dialog}&quot; first.</source>
        <translation>Lectura de {code} no contada: termine antes «{dialog}».</translation>
    </message>
    <message>
        <source>In review: {code} not counted. Esc counts more; F5 recounts a line.</source>
        <translation>En revisión: {code} no contado. Esc para contar más; F5 recuenta una línea.</translation>
    </message>
    <message>
        <source>Unknown code {code}: kept to match in review</source>
        <translation>Código desconocido {code}: se guarda para asignarlo en la revisión</translation>
    </message>
    <message>
        <source>{name}: {qty} counted</source>
        <translation>{name}: {qty} contados</translation>
    </message>
    <message>
        <source>Scan an item first, then F4 says how many of it are here.</source>
        <translation>Escanee primero un artículo; después F4 indica cuántos hay.</translation>
    </message>
    <message>
        <source>How many does this scan count ({sku})?</source>
        <translation>¿Cuántos cuenta esta lectura ({sku})?</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Cuántos</translation>
    </message>
    <message>
        <source>No count is open for this store.

A manager starts one with F8, or the hub sends one (omnipos-hub count create).</source>
        <translation>No hay ningún recuento abierto en esta tienda.

Un encargado inicia uno con F8, o el hub envía uno (omnipos-hub count create).</translation>
    </message>
    <message>
        <source>Find item
F2</source>
        <translation>Buscar artículo
F2</translation>
    </message>
    <message>
        <source>Count sheet
F6</source>
        <translation>Hoja de recuento
F6</translation>
    </message>
    <message>
        <source>Export CSV
Ctrl+E</source>
        <translation>Exportar CSV
Ctrl+E</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Volver
Esc</translation>
    </message>
    <message>
        <source>Review of {number}: {counted} items counted</source>
        <translation>Revisión de {number}: {counted} artículos contados</translation>
    </message>
    <message>
        <source>variance {amount}</source>
        <translation>diferencia {amount}</translation>
    </message>
    <message>
        <source>blind count: expected quantities show to the manager</source>
        <translation>recuento a ciegas: las cantidades esperadas solo las ve el encargado</translation>
    </message>
    <message>
        <source>Recount: {name}. Scan every one of it again.</source>
        <translation>Recuento: {name}. Vuelva a escanear todas las unidades.</translation>
    </message>
    <message>
        <source>No unknown code in this count.</source>
        <translation>No hay códigos desconocidos en este recuento.</translation>
    </message>
    <message>
        <source>Full count {number} started: Enter to count it.</source>
        <translation>Inventario completo {number} iniciado: Intro para contarlo.</translation>
    </message>
    <message>
        <source>Count {number} started: Enter to count it.</source>
        <translation>Recuento {number} iniciado: Intro para contarlo.</translation>
    </message>
    <message>
        <source>Count sheet {count_no} printing ({lines}).</source>
        <translation>Imprimiendo la hoja de recuento {count_no} ({lines}).</translation>
    </message>
    <message>
        <source>Variances saved to {path}.</source>
        <translation>Diferencias guardadas en {path}.</translation>
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
        <source>Nobody found. Ctrl+N adds them as a new customer.</source>
        <translation>No se ha encontrado a nadie. Ctrl+N lo da de alta como cliente nuevo.</translation>
    </message>
    <message>
        <source>Whose store credit pays?</source>
        <translation>¿Con el saldo a favor de qué cliente se paga?</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>filed under {lookup_gtin}</source>
        <translation>registrado como {lookup_gtin}</translation>
    </message>
    <message>
        <source>weight {embedded_weight} kg</source>
        <translation>peso {embedded_weight} kg</translation>
    </message>
    <message>
        <source>The drawer opens for a cash sale or No sale (F7)</source>
        <translation>El cajón se abre con una venta en efectivo o con Apertura sin venta (F7)</translation>
    </message>
    <message>
        <source>OmniPOS</source>
        <translation>OmniPOS</translation>
    </message>
    <message>
        <source>Printing a test page…</source>
        <translation>Imprimiendo una página de prueba…</translation>
    </message>
    <message>
        <source>Test page sent. {message}.</source>
        <translation>Página de prueba enviada. {message}.</translation>
    </message>
    <message>
        <source>Problem: {exc}</source>
        <translation>Problema: {exc}</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Abriendo el cajón…</translation>
    </message>
    <message>
        <source>Drawer not opened: {exc}</source>
        <translation>Cajón no abierto: {exc}</translation>
    </message>
    <message>
        <source>Drawer not opened: something went wrong (see the log).</source>
        <translation>Cajón no abierto: algo ha fallado (vea el registro).</translation>
    </message>
    <message>
        <source>Drawer pulse sent (no sale, journalled).</source>
        <translation>Impulso al cajón enviado (apertura sin venta, registrada).</translation>
    </message>
    <message>
        <source>Writing to the display…</source>
        <translation>Escribiendo en el visor…</translation>
    </message>
    <message>
        <source>Display test  12.34</source>
        <translation>Prueba de visor  12.34</translation>
    </message>
    <message>
        <source>Test sent: the display should show the store&apos;s name.</source>
        <translation>Prueba enviada: el visor debería mostrar el nombre de la tienda.</translation>
    </message>
    <message>
        <source>No: {exc}</source>
        <translation>No: {exc}</translation>
    </message>
    <message>
        <source>Yes: check digit correct</source>
        <translation>Sí: dígito de control correcto</translation>
    </message>
    <message>
        <source>Read, but not a product code (no GTIN)</source>
        <translation>Leído, pero no es un código de producto (sin GTIN)</translation>
    </message>
    <message>
        <source>On a second screen</source>
        <translation>En una segunda pantalla</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Enter or Tab</source>
        <translation>Intro o Tab</translation>
    </message>
    <message>
        <source>Printer, drawer and scanner</source>
        <translation>Impresora, cajón y escáner</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <source>e.g. tcp://192.168.1.50:9100</source>
        <translation>p. ej. tcp://192.168.1.50:9100</translation>
    </message>
    <message>
        <source>tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200</source>
        <translation>tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Imprimir prueba</translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Abrir cajón</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Aún sin probar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>Escáner de códigos de barras</translation>
    </message>
    <message>
        <source>Scan or type a code, Enter</source>
        <translation>Escanee o escriba un código</translation>
    </message>
    <message>
        <source>Scan ends with</source>
        <translation>La lectura termina con</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Last code</source>
        <translation>Último código</translation>
    </message>
    <message>
        <source>Symbology</source>
        <translation>Simbología</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Visor del cliente</translation>
    </message>
    <message>
        <source>e.g. serial:///dev/ttyUSB1</source>
        <translation>p. ej. serial:///dev/ttyUSB1</translation>
    </message>
    <message>
        <source>serial:///dev/ttyUSB1?baudrate=9600</source>
        <translation>serial:///dev/ttyUSB1?baudrate=9600</translation>
    </message>
    <message>
        <source>Test display</source>
        <translation>Probar visor</translation>
    </message>
    <message>
        <source>Pole address</source>
        <translation>Dirección del visor</translation>
    </message>
    <message>
        <source>Command set</source>
        <translation>Juego de órdenes</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Scanner problem: {reason}</source>
        <translation>Problema del escáner: {reason}</translation>
    </message>
    <message>
        <source>Scanner {uri} not started: {exc}</source>
        <translation>Escáner {uri} no iniciado: {exc}</translation>
    </message>
    <message>
        <source>Customer display not answering: check it is on</source>
        <translation>El visor del cliente no responde: compruebe que está encendido</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Devices, or the printer.uri setting).</source>
        <translation>No hay ninguna impresora de tickets configurada (Dispositivos, o el ajuste printer.uri).</translation>
    </message>
    <message>
        <source>Did not print: {reason}</source>
        <translation>No se imprimió: {reason}</translation>
    </message>
    <message>
        <source>The cash drawer did not open: {reason}</source>
        <translation>El cajón portamonedas no se abrió: {reason}</translation>
    </message>
    <message>
        <source>No receipt printer is set up (Devices, --printer URI or the printer.uri setting).</source>
        <translation>No hay ninguna impresora de tickets configurada (Dispositivos, --printer URI o el ajuste printer.uri).</translation>
    </message>
    <message>
        <source>Receipt {number} did not print: {reason}</source>
        <translation>El ticket {number} no se imprimió: {reason}</translation>
    </message>
    <message>
        <source>Receipt {label} did not print: {reason}. The sale is saved; use Reprint when the printer is back.</source>
        <translation>El ticket {label} no se imprimió: {reason}. La venta está guardada; use Reimprimir cuando vuelva la impresora.</translation>
    </message>
    <message>
        <source>Printer problem: {reason}. Retrying…</source>
        <translation>Problema de la impresora: {reason}. Reintentando…</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
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
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
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
    <name>Keys</name>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{screen} screen</source>
        <translation>Pantalla {screen}</translation>
    </message>
    <message>
        <source>Quick key {position} (the grid under the sale)</source>
        <translation>Tecla rápida {position} (la cuadrícula bajo la venta)</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Estas teclas</translation>
    </message>
    <message>
        <source>About OmniPOS: versions, data folder, log file</source>
        <translation>Acerca de OmniPOS: versiones, carpeta de datos, archivo de registro</translation>
    </message>
    <message>
        <source>Finish what the screen is for: pay, an order&apos;s next step, review and approve a count, sync now</source>
        <translation>Terminar lo que hace la pantalla: cobrar, el siguiente paso de un pedido, revisar y aprobar un recuento, sincronizar ya</translation>
    </message>
    <message>
        <source>Back: clear the field, close a message, leave the screen</source>
        <translation>Volver: borrar el campo, cerrar un mensaje, salir de la pantalla</translation>
    </message>
    <message>
        <source>Printer, drawer and scanner</source>
        <translation>Impresora, cajón y escáner</translation>
    </message>
    <message>
        <source>Shift and cash</source>
        <translation>Turno y caja</translation>
    </message>
    <message>
        <source>Sign out (lock the till)</source>
        <translation>Cerrar sesión (bloquear la caja)</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Pantalla completa sí o no</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Buscar un producto</translation>
    </message>
    <message>
        <source>Quantity of the selected line</source>
        <translation>Cantidad de la línea seleccionada</translation>
    </message>
    <message>
        <source>Discount on the selected line</source>
        <translation>Descuento en la línea seleccionada</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Descuento en toda la venta</translation>
    </message>
    <message>
        <source>Change the price of the selected line</source>
        <translation>Cambiar el precio de la línea seleccionada</translation>
    </message>
    <message>
        <source>Void the selected line</source>
        <translation>Anular la línea seleccionada</translation>
    </message>
    <message>
        <source>Select the line above</source>
        <translation>Seleccionar la línea de arriba</translation>
    </message>
    <message>
        <source>Select the line below</source>
        <translation>Seleccionar la línea de abajo</translation>
    </message>
    <message>
        <source>Open-price item (unlabelled goods)</source>
        <translation>Artículo de precio libre (mercancía sin etiqueta)</translation>
    </message>
    <message>
        <source>Change the quick keys (a manager)</source>
        <translation>Cambiar las teclas rápidas (un encargado)</translation>
    </message>
    <message>
        <source>Customer of the sale: find by phone, email or name, or add one</source>
        <translation>Cliente de la venta: buscar por teléfono, correo o nombre, o dar uno de alta</translation>
    </message>
    <message>
        <source>Find an order: a name, the order number or the pickup code</source>
        <translation>Buscar un pedido: un nombre, el número de pedido o el código de recogida</translation>
    </message>
    <message>
        <source>Verify the customer by an ID check</source>
        <translation>Verificar al cliente con un documento</translation>
    </message>
    <message>
        <source>Reject the selected line (not found, damaged, mismatch)</source>
        <translation>Rechazar la línea seleccionada (no encontrado, dañado, no coincide)</translation>
    </message>
    <message>
        <source>Print the pick list (or the packing slip)</source>
        <translation>Imprimir la lista de preparación (o el albarán)</translation>
    </message>
    <message>
        <source>Select the order (or line) above</source>
        <translation>Seleccionar el pedido (o la línea) de arriba</translation>
    </message>
    <message>
        <source>Select the order (or line) below</source>
        <translation>Seleccionar el pedido (o la línea) de abajo</translation>
    </message>
    <message>
        <source>Previous queue tab (all, new, picking…)</source>
        <translation>Pestaña anterior de la cola (todos, nuevos, en preparación…)</translation>
    </message>
    <message>
        <source>Next queue tab</source>
        <translation>Pestaña siguiente de la cola</translation>
    </message>
    <message>
        <source>A return without a receipt (store credit)</source>
        <translation>Una devolución sin ticket (saldo a favor)</translation>
    </message>
    <message>
        <source>How many of the selected line come back</source>
        <translation>Cuántos de la línea seleccionada se devuelven</translation>
    </message>
    <message>
        <source>Condition of the selected line (new, opened…)</source>
        <translation>Estado de la línea seleccionada (nuevo, abierto…)</translation>
    </message>
    <message>
        <source>Where it goes (restock, damaged, inspection…)</source>
        <translation>Adónde va (al stock, dañado, revisión…)</translation>
    </message>
    <message>
        <source>Find or add the customer</source>
        <translation>Buscar o dar de alta al cliente</translation>
    </message>
    <message>
        <source>Exchange: scan the new goods (again: back)</source>
        <translation>Cambio: escanear la mercancía nueva (otra vez: volver)</translation>
    </message>
    <message>
        <source>Take the selected line off the return</source>
        <translation>Quitar la línea seleccionada de la devolución</translation>
    </message>
    <message>
        <source>A parcel with no RMA: set it aside with a note</source>
        <translation>Un paquete sin RMA: apartarlo con una nota</translation>
    </message>
    <message>
        <source>Match a parcel with no RMA to its receipt or order</source>
        <translation>Asociar un paquete sin RMA a su ticket o pedido</translation>
    </message>
    <message>
        <source>Condition of the selected item</source>
        <translation>Estado del artículo seleccionado</translation>
    </message>
    <message>
        <source>Where the selected item goes</source>
        <translation>Adónde va el artículo seleccionado</translation>
    </message>
    <message>
        <source>A note on the selected item</source>
        <translation>Una nota sobre el artículo seleccionado</translation>
    </message>
    <message>
        <source>Take back the selected scan</source>
        <translation>Deshacer la lectura seleccionada</translation>
    </message>
    <message>
        <source>Select the item above</source>
        <translation>Seleccionar el artículo de arriba</translation>
    </message>
    <message>
        <source>Select the item below</source>
        <translation>Seleccionar el artículo de abajo</translation>
    </message>
    <message>
        <source>Look up the selected line&apos;s stock (Stock screen)</source>
        <translation>Consultar las existencias de la línea seleccionada (pantalla Stock)</translation>
    </message>
    <message>
        <source>Find an item to count by hand (no barcode)</source>
        <translation>Buscar un artículo para contarlo a mano (sin código de barras)</translation>
    </message>
    <message>
        <source>How many the last scan counts (a case); in review: the line&apos;s variance reason</source>
        <translation>Cuántos cuenta la última lectura (una caja); en revisión: el motivo de la diferencia de la línea</translation>
    </message>
    <message>
        <source>Count one area of the selected count; in review: recount the selected line</source>
        <translation>Contar una zona del recuento seleccionado; en revisión: recontar la línea seleccionada</translation>
    </message>
    <message>
        <source>Print the count sheet</source>
        <translation>Imprimir la hoja de recuento</translation>
    </message>
    <message>
        <source>Start a count (a manager); in review: match an unknown code to an item</source>
        <translation>Iniciar un recuento (un encargado); en revisión: asignar un código desconocido a un artículo</translation>
    </message>
    <message>
        <source>Export the variances as a CSV file</source>
        <translation>Exportar las diferencias como archivo CSV</translation>
    </message>
    <message>
        <source>Select the count (or line) above</source>
        <translation>Seleccionar el recuento (o la línea) de arriba</translation>
    </message>
    <message>
        <source>Select the count (or line) below</source>
        <translation>Seleccionar el recuento (o la línea) de abajo</translation>
    </message>
    <message>
        <source>Find an item by name</source>
        <translation>Buscar un artículo por su nombre</translation>
    </message>
    <message>
        <source>Adjust this item&apos;s stock, with a reason (a manager)</source>
        <translation>Ajustar las existencias de este artículo, con un motivo (un encargado)</translation>
    </message>
    <message>
        <source>Receive a delivery or a transfer</source>
        <translation>Recibir una entrega o un traspaso</translation>
    </message>
    <message>
        <source>Order this item for the customer: pickup at another store or delivery</source>
        <translation>Pedir este artículo para el cliente: recogida en otra tienda o entrega</translation>
    </message>
    <message>
        <source>Select the store (or delivery line) above</source>
        <translation>Seleccionar la tienda (o la línea de entrega) de arriba</translation>
    </message>
    <message>
        <source>Select the store (or delivery line) below</source>
        <translation>Seleccionar la tienda (o la línea de entrega) de abajo</translation>
    </message>
    <message>
        <source>Pay cash</source>
        <translation>Pagar en efectivo</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <source>Pay with the customer&apos;s store credit</source>
        <translation>Pagar con el saldo a favor del cliente</translation>
    </message>
    <message>
        <source>The discount is a percent off</source>
        <translation>El descuento es un porcentaje</translation>
    </message>
    <message>
        <source>The discount is an amount off</source>
        <translation>El descuento es un importe</translation>
    </message>
    <message>
        <source>Pay a web order&apos;s refund in cash (a manager)</source>
        <translation>Pagar en efectivo el reembolso de un pedido web (un encargado)</translation>
    </message>
    <message>
        <source>Refund as store credit instead</source>
        <translation>Reembolsar como saldo a favor</translation>
    </message>
    <message>
        <source>Remove the last tender taken</source>
        <translation>Quitar el último pago cobrado</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir el ticket</translation>
    </message>
    <message>
        <source>Email the receipt (the address, then Enter)</source>
        <translation>Enviar el ticket por correo (la dirección y después Intro)</translation>
    </message>
    <message>
        <source>No receipt (Esc too)</source>
        <translation>Sin ticket (también Esc)</translation>
    </message>
    <message>
        <source>The sale is for no customer</source>
        <translation>La venta no es para ningún cliente</translation>
    </message>
    <message>
        <source>Yes, do it (Enter and Esc go back)</source>
        <translation>Sí, hacerlo (Intro y Esc vuelven atrás)</translation>
    </message>
    <message>
        <source>Do this step and go on</source>
        <translation>Hacer este paso y seguir</translation>
    </message>
    <message>
        <source>Skip this step (do it later from the settings)</source>
        <translation>Saltar este paso (hacerlo luego desde los ajustes)</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Un paso atrás</translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Conectar con un hub</translation>
    </message>
    <message>
        <source>Set up a standalone store</source>
        <translation>Configurar una tienda independiente</translation>
    </message>
    <message>
        <source>Choose the catalog&apos;s CSV file</source>
        <translation>Elegir el archivo CSV del catálogo</translation>
    </message>
    <message>
        <source>Try the till without them: sample products, or receipts to a file instead of a printer</source>
        <translation>Probar la caja sin ellos: productos de ejemplo, o tickets a un archivo en lugar de una impresora</translation>
    </message>
</context>
<context>
    <name>Manager</name>
    <message>
        <source>unexpected error</source>
        <translation>error inesperado</translation>
    </message>
    <message>
        <source>Shift open with a float of {amount}.</source>
        <translation>Turno abierto con un fondo de caja de {amount}.</translation>
    </message>
    <message>
        <source>Unusual float</source>
        <translation>Fondo de caja inusual</translation>
    </message>
    <message>
        <source>The float counted is {amount}, more than the usual {amount2}. Open the shift with it?</source>
        <translation>El fondo contado es {amount}, más que el habitual {amount2}. ¿Abrir el turno con él?</translation>
    </message>
    <message>
        <source>Open with this float  F12</source>
        <translation>Abrir con este fondo  F12</translation>
    </message>
    <message>
        <source>Count again  Enter</source>
        <translation>Contar otra vez  Intro</translation>
    </message>
    <message>
        <source>No receipt printer is set up</source>
        <translation>No hay ninguna impresora de tickets configurada</translation>
    </message>
    <message>
        <source>Drawer opened (no sale, journalled).</source>
        <translation>Cajón abierto (sin venta, anotado en el registro).</translation>
    </message>
    <message>
        <source>Shift closed. Z report ready.</source>
        <translation>Turno cerrado. Informe Z listo.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Billetes</translation>
    </message>
    <message>
        <source>Coins</source>
        <translation>Monedas</translation>
    </message>
    <message>
        <source>Counted: {amount}</source>
        <translation>Contado: {amount}</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Autorización del encargado</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Abrir turno</translation>
    </message>
    <message>
        <source>No shift is open on this till, and every sale belongs to one. </source>
        <translation>No hay ningún turno abierto en esta caja, y cada venta pertenece a uno. </translation>
    </message>
    <message>
        <source>Count the float in the drawer, note by note and coin by coin.</source>
        <translation>Cuente el fondo del cajón, billete a billete y moneda a moneda.</translation>
    </message>
    <message>
        <source>Open shift  Enter</source>
        <translation>Abrir turno  Intro</translation>
    </message>
    <message>
        <source>Open shift: count the float</source>
        <translation>Abrir turno: contar el fondo</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Cerrar turno</translation>
    </message>
    <message>
        <source>Count all the cash in the drawer. The amount the till expects is shown only after you submit your count.</source>
        <translation>Cuente todo el efectivo del cajón. El importe que espera la caja solo se muestra después de enviar su recuento.</translation>
    </message>
    <message>
        <source>Submit count  Enter</source>
        <translation>Enviar recuento  Intro</translation>
    </message>
    <message>
        <source>Expected {expected}, counted {counted}: {difference} over.</source>
        <translation>Esperado {expected}, contado {counted}: sobran {difference}.</translation>
    </message>
    <message>
        <source>Expected {expected}, counted {counted}: {difference} short.</source>
        <translation>Esperado {expected}, contado {counted}: faltan {difference}.</translation>
    </message>
    <message>
        <source>Expected {expected}, counted {counted}: even.</source>
        <translation>Esperado {expected}, contado {counted}: cuadra.</translation>
    </message>
    <message>
        <source>A manager must approve: </source>
        <translation>Un encargado debe autorizarlo: </translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Entrada / salida de efectivo</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Salida de caja</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>Entrada de caja</translation>
    </message>
    <message>
        <source>Safe drop</source>
        <translation>Retirada a caja fuerte</translation>
    </message>
    <message>
        <source>Amount, e.g. 12.50</source>
        <translation>Importe, p. ej. 12.50</translation>
    </message>
    <message>
        <source>Reason (required for paid in / out)</source>
        <translation>Motivo (obligatorio para entradas y salidas)</translation>
    </message>
    <message>
        <source>Shift and cash</source>
        <translation>Turno y caja</translation>
    </message>
    <message>
        <source>Signed in: {signed_in_as}</source>
        <translation>Sesión iniciada: {signed_in_as}</translation>
    </message>
    <message>
        <source>No sign-in (store without staff)</source>
        <translation>Sin inicio de sesión (tienda sin personal)</translation>
    </message>
    <message>
        <source>A shift is open on this till.</source>
        <translation>Hay un turno abierto en esta caja.</translation>
    </message>
    <message>
        <source>No shift is open on this till.</source>
        <translation>No hay ningún turno abierto en esta caja.</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <source>No sale (open drawer)</source>
        <translation>Abrir cajón sin venta</translation>
    </message>
    <message>
        <source>Close shift (Z)</source>
        <translation>Cerrar turno (Z)</translation>
    </message>
    <message>
        <source>Sign out  F9</source>
        <translation>Cerrar sesión  F9</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Alta de empleado</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Volver  Esc</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation>Cerrar  Esc</translation>
    </message>
    <message>
        <source>Add  Enter</source>
        <translation>Dar de alta  Intro</translation>
    </message>
    <message>
        <source>optional: scan the badge</source>
        <translation>opcional: escanee la tarjeta</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (de 4 a 8 cifras)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Repita el PIN</translation>
    </message>
    <message>
        <source>the two PINs differ</source>
        <translation>los dos PIN no coinciden</translation>
    </message>
    <message>
        <source>{name} (#{number}) can now sign in.</source>
        <translation>{name} (n.º {number}) ya puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Parcels</name>
    <message>
        <source>type something first (Esc goes back)</source>
        <translation>escriba algo primero (Esc vuelve atrás)</translation>
    </message>
    <message>
        <source>{label} stays open: scan its label again to go on</source>
        <translation>{label} sigue abierto: escanee otra vez su etiqueta para continuar</translation>
    </message>
    <message>
        <source>Also open: {parcels}</source>
        <translation>También abiertos: {parcels}</translation>
    </message>
    <message>
        <source>{label}: scan each item in the parcel, then F12</source>
        <translation>{label}: escanee cada artículo del paquete y después F12</translation>
    </message>
    <message>
        <source>No RMA for {reference}: scan what is in the parcel; the hub matches it to the order</source>
        <translation>No hay RMA para {reference}: escanee lo que trae el paquete; el hub lo asocia al pedido</translation>
    </message>
    <message>
        <source>{name} is not on the RMA: kept as an exception for customer service</source>
        <translation>{name} no está en la RMA: se guarda como incidencia para atención al cliente</translation>
    </message>
    <message>
        <source>{name}: found (new, restock). F5/F6 change it</source>
        <translation>{name}: encontrado (nuevo, vuelve al stock). F5/F6 lo cambian</translation>
    </message>
    <message>
        <source>Scan an item of the parcel first</source>
        <translation>Escanee primero un artículo del paquete</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{name}: in what condition?</source>
        <translation>{name}: ¿en qué estado está?</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Adónde va</translation>
    </message>
    <message>
        <source>{name}: what becomes of it?</source>
        <translation>{name}: ¿qué se hace con él?</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s label first</source>
        <translation>Escanee primero la etiqueta del paquete</translation>
    </message>
    <message>
        <source>the parcel</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A note on {what}</source>
        <translation>Una nota sobre {what}</translation>
    </message>
    <message>
        <source>Parcel without an RMA</source>
        <translation>Paquete sin RMA</translation>
    </message>
    <message>
        <source>Set the parcel aside: who sent it, what is in it?</source>
        <translation>Aparte el paquete: ¿quién lo envía, qué contiene?</translation>
    </message>
    <message>
        <source>Only a parcel without an RMA is matched by hand</source>
        <translation>Solo un paquete sin RMA se asocia a mano</translation>
    </message>
    <message>
        <source>Match the parcel</source>
        <translation>Asociar el paquete</translation>
    </message>
    <message>
        <source>Which sale or web order does it return?</source>
        <translation>¿Qué venta o pedido web devuelve?</translation>
    </message>
    <message>
        <source>Receipt or order number</source>
        <translation>Número de ticket o de pedido</translation>
    </message>
    <message>
        <source>web order {order_id}</source>
        <translation>pedido web {order_id}</translation>
    </message>
    <message>
        <source>returns {original}</source>
        <translation>devuelve {original}</translation>
    </message>
    <message>
        <source>started {when}</source>
        <translation>empezado {when}</translation>
    </message>
    <message>
        <source>Scanned {scanned}</source>
        <translation>Escaneados {scanned}</translation>
    </message>
    <message>
        <source> of {qty} expected</source>
        <translation> de {qty} esperados</translation>
    </message>
    <message>
        <source>Missing so far: </source>
        <translation>Faltan hasta ahora: </translation>
    </message>
    <message>
        <source>Not on the RMA: {items}</source>
        <translation>No están en la RMA: {items}</translation>
    </message>
    <message>
        <source>Scan the parcel&apos;s RMA label first</source>
        <translation>Escanee primero la etiqueta RMA del paquete</translation>
    </message>
    <message>
        <source>, missing </source>
        <translation>, faltan </translation>
    </message>
    <message>
        <source>. The hub decides the refund.</source>
        <translation>. El hub decide el reembolso.</translation>
    </message>
    <message>
        <source>not on the RMA</source>
        <translation>no está en la RMA</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Scan the RMA label, or type the order number</source>
        <translation>Escanee la etiqueta RMA o escriba el número de pedido</translation>
    </message>
    <message>
        <source>Found in the parcel</source>
        <translation>Encontrado en el paquete</translation>
    </message>
    <message>
        <source>Scan the RMA label on the parcel (or type the order or receipt number inside it), then scan each item in the parcel.

Each item is taken as new and restocked unless F5 and F6 say otherwise. F12 completes: what was not scanned is recorded as missing.

No label and nothing to go by? F2 sets the parcel aside with a note.</source>
        <translation>Escanee la etiqueta RMA del paquete (o escriba el número de pedido o de ticket que trae dentro) y después escanee cada artículo del paquete.

Cada artículo se recibe como nuevo y vuelve al stock, salvo que F5 y F6 digan otra cosa. F12 termina: lo que no se escaneó queda registrado como faltante.

¿Sin etiqueta y sin nada que sirva de referencia? F2 aparta el paquete con una nota.</translation>
    </message>
    <message>
        <source>Set aside
F2</source>
        <translation>Apartar
F2</translation>
    </message>
    <message>
        <source>Match to order
F4</source>
        <translation>Asociar a pedido
F4</translation>
    </message>
    <message>
        <source>Condition
F5</source>
        <translation>Estado
F5</translation>
    </message>
    <message>
        <source>Goes to
F6</source>
        <translation>Va a
F6</translation>
    </message>
    <message>
        <source>Note
F8</source>
        <translation>Nota
F8</translation>
    </message>
    <message>
        <source>Remove scan
Del</source>
        <translation>Quitar lectura
Supr</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Volver
Esc</translation>
    </message>
    <message>
        <source>Complete  F12</source>
        <translation>Terminar  F12</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Card  {amount}   ****{card_last4}   approval {approval_code}</source>
        <translation>Tarjeta  {amount}   ****{card_last4}   autorización {approval_code}</translation>
    </message>
    <message>
        <source>Store credit  {amount}</source>
        <translation>Saldo a favor  {amount}</translation>
    </message>
    <message>
        <source>Goods returned  {amount}</source>
        <translation>Mercancía devuelta  {amount}</translation>
    </message>
    <message>
        <source>Deposit paid  {amount}</source>
        <translation>Anticipo pagado  {amount}</translation>
    </message>
    <message>
        <source>Cash  {amount}</source>
        <translation>Efectivo  {amount}</translation>
    </message>
    <message>
        <source>   change {amount}</source>
        <translation>   cambio {amount}</translation>
    </message>
    <message>
        <source>   rounding {amount}</source>
        <translation>   redondeo {amount}</translation>
    </message>
    <message>
        <source>Remove last tender  {remove_key}</source>
        <translation>Quitar el último pago  {remove_key}</translation>
    </message>
    <message>
        <source>Sale total {total}</source>
        <translation>Total de la venta {total}</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cash due</source>
        <translation>Efectivo a cobrar</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a cobrar</translation>
    </message>
    <message>
        <source>Change due  {amount}</source>
        <translation>Cambio a devolver  {amount}</translation>
    </message>
    <message>
        <source>Change  {amount}</source>
        <translation>Cambio  {amount}</translation>
    </message>
    <message>
        <source>Find the customer whose store credit pays (Ctrl+3 again).</source>
        <translation>Busque al cliente cuyo saldo a favor paga (Ctrl+3 otra vez).</translation>
    </message>
    <message>
        <source>{name} can spend {amount} of store credit now.</source>
        <translation>{name} puede gastar ahora {amount} de saldo a favor.</translation>
    </message>
    <message>
        <source>find the customer whose store credit pays first</source>
        <translation>busque primero al cliente cuyo saldo a favor paga</translation>
    </message>
    <message>
        <source>Saving the sale…</source>
        <translation>Guardando la venta…</translation>
    </message>
    <message>
        <source>The sale was not saved: {message}. Press Enter to try again.</source>
        <translation>La venta no se ha guardado: {message}. Pulse Intro para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Remove the tenders taken (Remove last tender, {key}) before going back.</source>
        <translation>Quite los pagos cobrados (Quitar el último pago, {key}) antes de volver.</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Saldo a favor</translation>
    </message>
    <message>
        <source>Cash (Ctrl+1)</source>
        <translation>Efectivo (Ctrl+1)</translation>
    </message>
    <message>
        <source>Card paid on the terminal (Ctrl+2)</source>
        <translation>Tarjeta cobrada en el datáfono (Ctrl+2)</translation>
    </message>
    <message>
        <source>The customer&apos;s store credit (Ctrl+3)</source>
        <translation>El saldo a favor del cliente (Ctrl+3)</translation>
    </message>
    <message>
        <source>from the card terminal</source>
        <translation>del datáfono</translation>
    </message>
    <message>
        <source>4 digits</source>
        <translation>4 cifras</translation>
    </message>
    <message>
        <source>Cash tendered</source>
        <translation>Efectivo entregado</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <source>Card last four</source>
        <translation>Últimas cuatro cifras</translation>
    </message>
    <message>
        <source>Take payment  Enter</source>
        <translation>Cobrar  Intro</translation>
    </message>
    <message>
        <source>Remove last tender</source>
        <translation>Quitar el último pago</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Volver  Esc</translation>
    </message>
    <message>
        <source>Card amount</source>
        <translation>Importe con tarjeta</translation>
    </message>
</context>
<context>
    <name>Pickups</name>
    <message>
        <source>Order {order_number} is ready: the hub tells the customer</source>
        <translation>Pedido {order_number} listo: el hub avisa al cliente</translation>
    </message>
    <message>
        <source>Order {order_number} is packed: the packing slip prints</source>
        <translation>Pedido {order_number} empaquetado: se imprime el albarán</translation>
    </message>
    <message>
        <source>Order {order_number}: goods put back, the task is done</source>
        <translation>Pedido {order_number}: mercancía devuelta a su sitio, tarea terminada</translation>
    </message>
    <message>
        <source>A parcel from another store is on its way: scan its label when it arrives</source>
        <translation>Viene en camino un paquete de otra tienda: escanee su etiqueta cuando llegue</translation>
    </message>
    <message>
        <source>Order {order_number}: deposit of {amount} paid back in cash</source>
        <translation>Pedido {order_number}: anticipo de {amount} devuelto en efectivo</translation>
    </message>
    <message>
        <source>{document} of {order_number} printing</source>
        <translation>Imprimiendo {document} de {order_number}</translation>
    </message>
    <message>
        <source>Nothing is left to pick of {name}</source>
        <translation>No queda nada por preparar de {name}</translation>
    </message>
    <message>
        <source>{name} rejected: the hub sends it from elsewhere</source>
        <translation>{name} rechazado: el hub lo envía desde otro lugar</translation>
    </message>
    <message>
        <source>ID recorded: F12 hands the order over</source>
        <translation>Documento registrado: F12 entrega el pedido</translation>
    </message>
    <message>
        <source>Order {order_number} shipped with {tracking}</source>
        <translation>Pedido {order_number} enviado con {tracking}</translation>
    </message>
    <message>
        <source>Verify the customer first: scan their pickup code, or F4 for an ID check</source>
        <translation>Verifique primero al cliente: escanee su código de recogida, o F4 para comprobar un documento</translation>
    </message>
    <message>
        <source>Order {order_number}: balance {balance} of {total}</source>
        <translation>Pedido {order_number}: resto {balance} de {total}</translation>
    </message>
    <message>
        <source>Order {order_number} total {total}</source>
        <translation>Pedido {order_number}, total {total}</translation>
    </message>
    <message>
        <source> Change {money}.</source>
        <translation> Cambio {money}.</translation>
    </message>
    <message>
        <source>Order {order_number} handed over to {customer_name}.{change}</source>
        <translation>Pedido {order_number} entregado a {customer_name}.{change}</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National ID card</source>
        <translation>DNI</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>Not found (the store&apos;s stock of it goes to 0)</source>
        <translation>No encontrado (las existencias de la tienda pasan a 0)</translation>
    </message>
    <message>
        <source>Damaged or worn (held back from sale)</source>
        <translation>Dañado o gastado (retirado de la venta)</translation>
    </message>
    <message>
        <source>Fewer than the system says (stock lowered)</source>
        <translation>Menos de lo que dice el sistema (se rebajan las existencias)</translation>
    </message>
    <message>
        <source>ID check for order {order_number}</source>
        <translation>Comprobación de documento del pedido {order_number}</translation>
    </message>
    <message>
        <source>Verified  Enter</source>
        <translation>Verificado  Intro</translation>
    </message>
    <message>
        <source>The order is for {customer}. Look at an ID and record it.</source>
        <translation>El pedido es para {customer}. Mire un documento de identidad y regístrelo.</translation>
    </message>
    <message>
        <source>last 4 letters or digits</source>
        <translation>últimas 4 letras o cifras</translation>
    </message>
    <message>
        <source>Name on the ID</source>
        <translation>Nombre en el documento</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Number ends</source>
        <translation>El número termina en</translation>
    </message>
    <message>
        <source>Collector is</source>
        <translation>Quien recoge es</translation>
    </message>
    <message>
        <source>Reject {name}</source>
        <translation>Rechazar {name}</translation>
    </message>
    <message>
        <source>Reject  Enter</source>
        <translation>Rechazar  Intro</translation>
    </message>
    <message>
        <source>{qty} left to pick. The hub sends the rejected quantity from another store or warehouse.</source>
        <translation>Quedan {qty} por preparar. El hub envía la cantidad rechazada desde otra tienda o almacén.</translation>
    </message>
    <message>
        <source>optional: what you saw</source>
        <translation>opcional: qué ha visto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>the quantity is a number, e.g. 1</source>
        <translation>la cantidad es un número, p. ej. 1</translation>
    </message>
    <message>
        <source>reject between 1 and {qty}</source>
        <translation>rechace entre 1 y {qty}</translation>
    </message>
    <message>
        <source>Ship order {order_number}</source>
        <translation>Enviar el pedido {order_number}</translation>
    </message>
    <message>
        <source>Shipped  Enter</source>
        <translation>Enviado  Intro</translation>
    </message>
    <message>
        <source>To {ship_to}</source>
        <translation>A {ship_to}</translation>
    </message>
    <message>
        <source>scan the parcel&apos;s label</source>
        <translation>escanee la etiqueta del paquete</translation>
    </message>
    <message>
        <source>UPS, DHL, the post…</source>
        <translation>UPS, DHL, Correos…</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Transportista</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Bultos</translation>
    </message>
    <message>
        <source>scan or type the tracking number</source>
        <translation>escanee o escriba el número de seguimiento</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The queue&apos;s tabs (the services&apos; QueueFilter), in the till&apos;s language.</extracomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Preparando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listos</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Recogida</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>To store</source>
        <translation>A tienda</translation>
    </message>
    <message>
        <source>to pick</source>
        <extracomment>The queue&apos;s short words for each step (the order&apos;s card says it in full).</extracomment>
        <translation>por preparar</translation>
    </message>
    <message>
        <source>parcel due</source>
        <translation>paquete en camino</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>empaquetado</translation>
    </message>
    <message>
        <source>put back</source>
        <translation>devolver a su sitio</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source> · refused</source>
        <translation> · rechazado</translation>
    </message>
    <message>
        <source> · waiting</source>
        <translation> · en espera</translation>
    </message>
    <message>
        <source>{qty} rejected ({reason})</source>
        <translation>{qty} rechazados ({reason})</translation>
    </message>
    <message>
        <source>{qty} coming by parcel</source>
        <translation>{qty} llegan en paquete</translation>
    </message>
    <message>
        <source>{qty} arrived by parcel</source>
        <translation>{qty} llegados en paquete</translation>
    </message>
    <message>
        <source>Ready  F12</source>
        <translation>Listo  F12</translation>
    </message>
    <message>
        <source>Packed  F12</source>
        <translation>Empaquetado  F12</translation>
    </message>
    <message>
        <source>Waiting for the parcel</source>
        <translation>Esperando el paquete</translation>
    </message>
    <message>
        <source>Hand over  F12</source>
        <translation>Entregar  F12</translation>
    </message>
    <message>
        <source>Shipped…  F12</source>
        <translation>Enviado…  F12</translation>
    </message>
    <message>
        <source>Put back  F12</source>
        <translation>Devuelto a su sitio  F12</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>To pick: scan each item. F5 rejects a line you cannot pick.</source>
        <translation>Por preparar: escanee cada artículo. F5 rechaza una línea que no puede preparar.</translation>
    </message>
    <message>
        <source>Picked here. A parcel from another store is on its way: scan its label when it arrives.</source>
        <translation>Preparado aquí. Viene en camino un paquete de otra tienda: escanee su etiqueta cuando llegue.</translation>
    </message>
    <message>
        <source>Ready for the customer: scan their pickup code (or F4 for an ID check), then F12 hands it over.</source>
        <translation>Listo para el cliente: escanee su código de recogida (o F4 para comprobar un documento) y F12 lo entrega.</translation>
    </message>
    <message>
        <source>Packed: F12 when the carrier takes it (scan the tracking number).</source>
        <translation>Empaquetado: F12 cuando se lo lleve el transportista (escanee el número de seguimiento).</translation>
    </message>
    <message>
        <source>Closed at the hub: put its goods back on the shelf, then F12.</source>
        <translation>Cerrado en el hub: devuelva la mercancía a la estantería y después F12.</translation>
    </message>
    <message>
        <source>Nothing left to do with this order.</source>
        <translation>No queda nada por hacer con este pedido.</translation>
    </message>
    <message>
        <source>All picked: F12 marks it ready.</source>
        <translation>Todo preparado: F12 lo marca como listo.</translation>
    </message>
    <message>
        <source>All picked: F12 when it is packed (the packing slip prints).</source>
        <translation>Todo preparado: F12 cuando esté empaquetado (se imprime el albarán).</translation>
    </message>
    <message>
        <source>{name}: {qty} of {qty2} picked</source>
        <translation>{name}: {qty} de {qty2} preparados</translation>
    </message>
    <message>
        <source>Parcel for order {order_number} taken in: {label}</source>
        <translation>Paquete del pedido {order_number} recibido: {label}</translation>
    </message>
    <message>
        <source>Pickup code matches: F12 hands the order over</source>
        <translation>El código de recogida coincide: F12 entrega el pedido</translation>
    </message>
    <message>
        <source>Open an order first: scan its pickup code or order number, or type the customer&apos;s name</source>
        <translation>Abra primero un pedido: escanee su código de recogida o su número de pedido, o escriba el nombre del cliente</translation>
    </message>
    <message>
        <source>No order, parcel or item for “{text}”</source>
        <translation>Ningún pedido, paquete ni artículo para «{text}»</translation>
    </message>
    <message>
        <source>Open the selected order  Enter</source>
        <translation>Abrir pedido  Intro</translation>
    </message>
    <message>
        <source>placed {when}</source>
        <translation>realizado {when}</translation>
    </message>
    <message>
        <source>ship to {ship_to}</source>
        <translation>enviar a {ship_to}</translation>
    </message>
    <message>
        <source>Balance {due} (deposit {deposit})</source>
        <translation>Resto {due} (anticipo {deposit})</translation>
    </message>
    <message>
        <source>To pay at pickup: {due}</source>
        <translation>A pagar al recoger: {due}</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Pagado en línea</translation>
    </message>
    <message>
        <source>Refund the deposit  F12</source>
        <translation>Devolver el anticipo  F12</translation>
    </message>
    <message>
        <source>Packing slip
F6</source>
        <translation>Albarán
F6</translation>
    </message>
    <message>
        <source>Pick list
F6</source>
        <translation>Lista
F6</translation>
    </message>
    <message>
        <source>Verified: the pickup code matches ✓</source>
        <translation>Verificado: el código de recogida coincide ✓</translation>
    </message>
    <message>
        <source>Verified: {words} ✓</source>
        <translation>Verificado: {words} ✓</translation>
    </message>
    <message>
        <source>Not verified yet: scan the customer&apos;s pickup code, or F4 for an ID check</source>
        <translation>Aún sin verificar: escanee el código de recogida del cliente, o F4 para comprobar un documento</translation>
    </message>
    <message>
        <source>Waiting for the hub since {time}. Work on: nothing is lost offline.</source>
        <translation>Esperando al hub desde las {time}. Siga trabajando: sin conexión no se pierde nada.</translation>
    </message>
    <message>
        <source>For customer service: {exception}</source>
        <translation>Para atención al cliente: {exception}</translation>
    </message>
    <message>
        <source>Scan a pickup code or an order number, or type the customer&apos;s name and press Enter.
The order opens at its next step.</source>
        <translation>Escanee un código de recogida o un número de pedido, o escriba el nombre del cliente y pulse Intro.
El pedido se abre en su siguiente paso.</translation>
    </message>
    <message>
        <source>Scan a pickup code, order or item, or type a name</source>
        <translation>Escanee un pedido o artículo, o escriba un nombre</translation>
    </message>
    <message>
        <source>Reject line
F5</source>
        <translation>Rechazar
F5</translation>
    </message>
    <message>
        <source>ID check
F4</source>
        <translation>Documento
F4</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Volver
Esc</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
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
    <name>Returns</name>
    <message>
        <source>{amount} in cash from the drawer</source>
        <translation>{amount} en efectivo del cajón</translation>
    </message>
    <message>
        <source> (paid with approval {reference})</source>
        <translation> (pagado con la autorización {reference})</translation>
    </message>
    <message>
        <source>{amount} back to the card ****{card_last4}{ref}: refund it on the terminal</source>
        <translation>{amount} a la tarjeta ****{card_last4}{ref}: devuélvalo en el datáfono</translation>
    </message>
    <message>
        <source>{amount} as store credit to the customer&apos;s account</source>
        <translation>{amount} como saldo a favor en la cuenta del cliente</translation>
    </message>
    <message>
        <source>{amount} back to the web order&apos;s payment: the hub pays it</source>
        <translation>{amount} al pago del pedido web: lo abona el hub</translation>
    </message>
    <message>
        <source>{amount} towards the new goods</source>
        <translation>{amount} para la mercancía nueva</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Refund  Enter</source>
        <translation>Reembolsar  Intro</translation>
    </message>
    <message>
        <source>optional: the terminal&apos;s refund approval</source>
        <translation>opcional: la autorización de devolución del datáfono</translation>
    </message>
    <message>
        <source>Card refund reference</source>
        <translation>Referencia de la devolución con tarjeta</translation>
    </message>
    <message>
        <source>Cash instead  Ctrl+1</source>
        <translation>En efectivo  Ctrl+1</translation>
    </message>
    <message>
        <source>Store credit instead  Ctrl+3</source>
        <translation>Como saldo a favor  Ctrl+3</translation>
    </message>
    <message>
        <source>Refund {total}</source>
        <translation>Reembolsar {total}</translation>
    </message>
    <message>
        <source>The customer pays {amount} more for the new goods</source>
        <translation>El cliente paga {amount} más por la mercancía nueva</translation>
    </message>
    <message>
        <source>Nothing to pay back.</source>
        <translation>No hay nada que devolver.</translation>
    </message>
    <message>
        <source>Back to the web payment  Ctrl+1</source>
        <translation>Al pago web  Ctrl+1</translation>
    </message>
    <message>
        <source>Original tenders  Ctrl+3</source>
        <translation>Formas de pago originales  Ctrl+3</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Drop this return? Nothing was refunded yet.</source>
        <translation>¿Descartar esta devolución? Aún no se ha reembolsado nada.</translation>
    </message>
    <message>
        <source>Drop it  F12</source>
        <translation>Descartar  F12</translation>
    </message>
    <message>
        <source>Added to the new goods</source>
        <translation>Añadido a la mercancía nueva</translation>
    </message>
    <message>
        <source>{name}: {qty} coming back</source>
        <translation>{name}: se devuelven {qty}</translation>
    </message>
    <message>
        <source>Looking up {text}…</source>
        <translation>Buscando {text}…</translation>
    </message>
    <message>
        <source>{label}: scan each item that comes back, then F12</source>
        <translation>{label}: escanee cada artículo que se devuelve y después F12</translation>
    </message>
    <message>
        <source>No receipt: find or add the customer, then scan each item</source>
        <translation>Sin ticket: busque o dé de alta al cliente y después escanee cada artículo</translation>
    </message>
    <message>
        <source>Scan an item that comes back first</source>
        <translation>Escanee primero un artículo que se devuelve</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{name}: in what condition?</source>
        <translation>{name}: ¿en qué estado está?</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>Adónde va</translation>
    </message>
    <message>
        <source>{name}: what becomes of it?</source>
        <translation>{name}: ¿qué se hace con él?</translation>
    </message>
    <message>
        <source>Scan the receipt first (or F2 for a return without one)</source>
        <translation>Escanee primero el ticket (o F2 para una devolución sin ticket)</translation>
    </message>
    <message>
        <source>Who returns it? Find or add the customer</source>
        <translation>¿Quién lo devuelve? Busque o dé de alta al cliente</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Cliente: {name}</translation>
    </message>
    <message>
        <source>Scan what comes back first, then Ctrl+E for the new goods</source>
        <translation>Escanee primero lo que se devuelve y después Ctrl+E para la mercancía nueva</translation>
    </message>
    <message>
        <source>Return without a receipt</source>
        <translation>Devolución sin ticket</translation>
    </message>
    <message>
        <source>store credit only, at the lowest price of the last 30 days</source>
        <translation>solo como saldo a favor, al precio más bajo de los últimos 30 días</translation>
    </message>
    <message>
        <source>a manager approves</source>
        <translation>lo autoriza un encargado</translation>
    </message>
    <message>
        <source>sold {when}</source>
        <translation>vendido {when}</translation>
    </message>
    <message>
        <source>at {store}</source>
        <translation>en {store}</translation>
    </message>
    <message>
        <source>the hub cannot be reached: this till&apos;s own record</source>
        <translation>no se puede contactar con el hub: registro propio de esta caja</translation>
    </message>
    <message>
        <source>customer {name}</source>
        <translation>cliente {name}</translation>
    </message>
    <message>
        <source>no customer (F8)</source>
        <translation>sin cliente (F8)</translation>
    </message>
    <message>
        <source>the customer pays {amount} for the new goods</source>
        <translation>el cliente paga {amount} por la mercancía nueva</translation>
    </message>
    <message>
        <source>Scans now go to the NEW GOODS (Ctrl+E: back to the return)</source>
        <translation>Ahora las lecturas van a la MERCANCÍA NUEVA (Ctrl+E: volver a la devolución)</translation>
    </message>
    <message>
        <source>Take payment  F12</source>
        <translation>Cobrar  F12</translation>
    </message>
    <message>
        <source>Refund  F12</source>
        <translation>Reembolsar  F12</translation>
    </message>
    <message>
        <source>Scan the receipt and what comes back first</source>
        <translation>Escanee primero el ticket y lo que se devuelve</translation>
    </message>
    <message>
        <source>Return policy</source>
        <translation>Política de devoluciones</translation>
    </message>
    <message>
        <source>The return policy refuses this: {refusal_words}. A manager can override it.</source>
        <translation>La política de devoluciones no lo permite: {refusal_words}. Un encargado puede autorizarlo.</translation>
    </message>
    <message>
        <source>Ask a manager  F12</source>
        <translation>Pedir a un encargado  F12</translation>
    </message>
    <message>
        <source>New goods {amount}, less the returned goods {amount2}</source>
        <translation>Mercancía nueva {amount}, menos la mercancía devuelta {amount2}</translation>
    </message>
    <message>
        <source>the details are in the log</source>
        <translation>los detalles están en el registro</translation>
    </message>
    <message>
        <source>Not refunded: {text}</source>
        <translation>No reembolsado: {text}</translation>
    </message>
    <message>
        <source>Return {return_no} done.</source>
        <translation>Devolución {return_no} hecha.</translation>
    </message>
    <message>
        <source>  Give back {amount} in cash.</source>
        <translation>  Devuelva {amount} en efectivo.</translation>
    </message>
    <message>
        <source>  Change due {change}.</source>
        <translation>  Cambio a devolver {change}.</translation>
    </message>
    <message>
        <source>  (No printer set up: no receipt.)</source>
        <translation>  (Sin impresora configurada: no hay ticket.)</translation>
    </message>
    <message>
        <source>restocking fee {fee}</source>
        <translation>gastos de reposición {fee}</translation>
    </message>
    <message>
        <source>Scan the receipt, or type its number</source>
        <translation>Escanee el ticket o escriba su número</translation>
    </message>
    <message>
        <source>Coming back</source>
        <translation>Se devuelve</translation>
    </message>
    <message>
        <source>New goods (exchange)</source>
        <translation>Mercancía nueva (cambio)</translation>
    </message>
    <message>
        <source>Scan the barcode on the customer&apos;s receipt (or type its number, or a web order&apos;s number), then scan each item that comes back.

No receipt? F2 takes the return as store credit, with a manager.</source>
        <translation>Escanee el código de barras del ticket del cliente (o escriba su número, o el de un pedido web) y después escanee cada artículo que se devuelve.

¿Sin ticket? F2 acepta la devolución como saldo a favor, con un encargado.</translation>
    </message>
    <message>
        <source>No receipt
F2</source>
        <translation>Sin ticket
F2</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Cantidad
F4</translation>
    </message>
    <message>
        <source>Condition
F5</source>
        <translation>Estado
F5</translation>
    </message>
    <message>
        <source>Goes to
F6</source>
        <translation>Va a
F6</translation>
    </message>
    <message>
        <source>Customer
F8</source>
        <translation>Cliente
F8</translation>
    </message>
    <message>
        <source>Exchange
Ctrl+E</source>
        <translation>Cambio
Ctrl+E</translation>
    </message>
    <message>
        <source>Remove
Del</source>
        <translation>Quitar
Supr</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Volver
Esc</translation>
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
        <translation>Recogida</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincro</translation>
    </message>
</context>
<context>
    <name>Sell</name>
    <message>
        <source>Customer changed their mind</source>
        <translation>El cliente ha cambiado de idea</translation>
    </message>
    <message>
        <source>Customer cannot pay</source>
        <translation>El cliente no puede pagar</translation>
    </message>
    <message>
        <source>Wrong items scanned</source>
        <translation>Artículos mal escaneados</translation>
    </message>
    <message>
        <source>Price disagreement</source>
        <translation>Desacuerdo con el precio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Cancel sale</source>
        <translation>Anular venta</translation>
    </message>
    <message>
        <source>Why? Choose a reason (its digit, or a touch):</source>
        <translation>¿Por qué? Elija un motivo (su número, o tóquelo):</translation>
    </message>
    <message>
        <source>Choose a reason first (1 to {count}).</source>
        <translation>Elija primero un motivo (de 1 a {count}).</translation>
    </message>
    <message>
        <source>{name}
SKU {sku}</source>
        <translation>{name}
SKU {sku}</translation>
    </message>
    <message>
        <source>{name}  (price changed)</source>
        <translation>{name}  (precio cambiado)</translation>
    </message>
    <message>
        <source>The sale is empty: scan an item first.</source>
        <extracomment>The store credit tender&apos;s customer look-up (None: no store credit tender here).</extracomment>
        <translation>La venta está vacía: escanee antes un artículo.</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>error inesperado</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Imprimir ticket</translation>
    </message>
    <message>
        <source>Email receipt</source>
        <translation>Ticket por correo</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>Sin ticket</translation>
    </message>
    <message>
        <source>Receipt</source>
        <extracomment>Sends the email request (on the database worker): address, then what to call when it is queued (with the address as it will be used) or refused (with the reason).</extracomment>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Sale {receipt_no} is paid: {amount}</source>
        <translation>Venta {receipt_no} pagada: {amount}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambio</translation>
    </message>
    <message>
        <source>Which receipt does the customer take?</source>
        <translation>¿Qué ticket quiere el cliente?</translation>
    </message>
    <message>
        <source>Enter or {keys}</source>
        <translation>Intro o {keys}</translation>
    </message>
    <message>
        <source>No receipt printer is set up (F3)</source>
        <translation>No hay impresora de tickets configurada (F3)</translation>
    </message>
    <message>
        <source>Email the receipt to:</source>
        <translation>Enviar el ticket a:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>Send  Enter</source>
        <translation>Enviar  Intro</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Volver  Esc</translation>
    </message>
    <message>
        <source>The email receipt could not be queued; the details are in the log. Print it, or try again.</source>
        <translation>El ticket por correo no se ha podido poner en cola; los detalles están en el registro. Imprímalo o inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Sale {receipt_no} done.</source>
        <translation>Venta {receipt_no} terminada.</translation>
    </message>
    <message>
        <source>  Change due {amount}.</source>
        <translation>  Cambio a devolver {amount}.</translation>
    </message>
    <message>
        <source>  The receipt goes to {address} (the hub sends it).</source>
        <translation>  El ticket va a {address} (lo envía el hub).</translation>
    </message>
    <message>
        <source>  (No printer set up: no receipt.)</source>
        <translation>  (Sin impresora configurada: no hay ticket.)</translation>
    </message>
    <message>
        <source>No sale to reprint yet.</source>
        <translation>Aún no hay ninguna venta que reimprimir.</translation>
    </message>
    <message>
        <source>Reprinting receipt {receipt_no}.</source>
        <translation>Reimprimiendo el ticket {receipt_no}.</translation>
    </message>
    <message>
        <source>Customer display</source>
        <translation>Visor del cliente</translation>
    </message>
    <message>
        <source>Total {currency}</source>
        <translation>Total {currency}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Paid {paid}   Change {change}</source>
        <translation>Pagado {paid}   Cambio {change}</translation>
    </message>
    <message>
        <source>Paid {paid}</source>
        <translation>Pagado {paid}</translation>
    </message>
    <message>
        <source>Price match</source>
        <translation>Igualar precio</translation>
    </message>
    <message>
        <source>Damaged item</source>
        <translation>Artículo dañado</translation>
    </message>
    <message>
        <source>Shelf label differs</source>
        <translation>La etiqueta del estante no coincide</translation>
    </message>
    <message>
        <source>Staff error</source>
        <translation>Error del personal</translation>
    </message>
    <message>
        <source>Percent  %</source>
        <translation>Porcentaje  %</translation>
    </message>
    <message>
        <source>Amount  {currency}</source>
        <translation>Importe  {currency}</translation>
    </message>
    <message>
        <source>10  or  10%  or  2.50</source>
        <translation>10  o  10%  o  2.50</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Remove discount</source>
        <translation>Quitar descuento</translation>
    </message>
    <message>
        <source>type the discount, for example 10 for 10 %</source>
        <translation>escriba el descuento, por ejemplo 10 para un 10 %</translation>
    </message>
    <message>
        <source>Change price</source>
        <translation>Cambiar precio</translation>
    </message>
    <message>
        <source>Change price  Enter</source>
        <translation>Cambiar precio  Intro</translation>
    </message>
    <message>
        <source>Price now {amount}</source>
        <translation>Precio actual {amount}</translation>
    </message>
    <message>
        <source>why the price changes (required)</source>
        <translation>por qué cambia el precio (obligatorio)</translation>
    </message>
    <message>
        <source>New price ({currency})</source>
        <translation>Precio nuevo ({currency})</translation>
    </message>
    <message>
        <source>a price cannot be negative</source>
        <translation>un precio no puede ser negativo</translation>
    </message>
    <message>
        <source>say why the price changes (choose or type a reason)</source>
        <translation>indique por qué cambia el precio (elija o escriba un motivo)</translation>
    </message>
    <message>
        <source>{first} +{more} more, {total}</source>
        <translation>{first} y {more} más, {total}</translation>
    </message>
    <message>
        <source>The sale is empty: nothing to park.</source>
        <translation>La venta está vacía: no hay nada que aparcar.</translation>
    </message>
    <message>
        <source>Sale parked ({label}). Resume it with Resume sale.</source>
        <translation>Venta aparcada ({label}). Recupérela con Recuperar.</translation>
    </message>
    <message>
        <source>You continue the sale {started_by} started: {paid} is paid already. F12 to finish the payment.</source>
        <translation>Continúa la venta que empezó {started_by}: ya hay {paid} pagado. F12 para terminar el cobro.</translation>
    </message>
    <message>
        <source>Open sale</source>
        <translation>Venta abierta</translation>
    </message>
    <message>
        <source>{started_by} started this sale ({lines}, {total}). Continue the sale started by {started_by}, or park it for them?</source>
        <translation>{started_by} empezó esta venta ({lines}, {total}). ¿Continuar la venta que empezó {started_by}, o aparcarla para esa persona?</translation>
    </message>
    <message>
        <source>Park it for {started_by}  {key}</source>
        <translation>Aparcarla para {started_by}  {key}</translation>
    </message>
    <message>
        <source>Continue the sale  Enter</source>
        <translation>Continuar la venta  Intro</translation>
    </message>
    <message>
        <source>You continue the sale {started_by} started.</source>
        <translation>Continúa la venta que empezó {started_by}.</translation>
    </message>
    <message>
        <source>{owner}&apos;s sale is parked ({label}): Resume sale brings it back.</source>
        <translation>La venta de {owner} está aparcada ({label}): Recuperar la trae de vuelta.</translation>
    </message>
    <message>
        <source>Finish, park or cancel the current sale before resuming another.</source>
        <translation>Termine, aparque o anule la venta actual antes de recuperar otra.</translation>
    </message>
    <message>
        <source>No parked sales.</source>
        <translation>No hay ventas aparcadas.</translation>
    </message>
    <message>
        <source>finish, park or cancel the current sale before resuming another</source>
        <translation>termine, aparque o anule la venta actual antes de recuperar otra</translation>
    </message>
    <message>
        <source>Open-price item</source>
        <translation>Artículo de precio libre</translation>
    </message>
    <message>
        <source>An unlabelled item: type its price</source>
        <translation>Un artículo sin etiqueta: escriba su precio</translation>
    </message>
    <message>
        <source>Add  Enter</source>
        <translation>Añadir  Intro</translation>
    </message>
    <message>
        <source>Unlabelled item (what it is, for the receipt)</source>
        <translation>Artículo sin etiqueta (qué es, para el ticket)</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>Precio ({currency})</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Tax class</source>
        <translation>Tipo de impuesto</translation>
    </message>
    <message>
        <source>type the price of the item (above 0)</source>
        <translation>escriba el precio del artículo (mayor que 0)</translation>
    </message>
    <message>
        <source>the store has no tax class to sell under</source>
        <translation>la tienda no tiene ningún tipo de impuesto con el que vender</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Change quantity</source>
        <translation>Cambiar cantidad</translation>
    </message>
    <message>
        <source>New weight in kg:</source>
        <translation>Peso nuevo en kg:</translation>
    </message>
    <message>
        <source>New quantity (1 to {most}):</source>
        <translation>Cantidad nueva (de 1 a {most}):</translation>
    </message>
    <message>
        <source>Quick key {position} is not set.</source>
        <translation>La tecla rápida {position} no está asignada.</translation>
    </message>
    <message>
        <source>Quick key {position} sells {sku}, which is not in the catalog.</source>
        <translation>La tecla rápida {position} vende {sku}, que no está en el catálogo.</translation>
    </message>
    <message>
        <source>Quick keys saved; the store&apos;s other tills get them from the hub.</source>
        <translation>Teclas rápidas guardadas; las demás cajas de la tienda las reciben del hub.</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Teclas rápidas</translation>
    </message>
    <message>
        <source>Quick keys: the SKU each key sells and its label (empty: the product&apos;s name)</source>
        <translation>Teclas rápidas: el SKU que vende cada tecla y su texto (vacío: el nombre del producto)</translation>
    </message>
    <message>
        <source>Save  Enter</source>
        <translation>Guardar  Intro</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Resume a parked sale</source>
        <translation>Recuperar una venta aparcada</translation>
    </message>
    <message>
        <source>Parked sales</source>
        <translation>Ventas aparcadas</translation>
    </message>
    <message>
        <source>Resume  Enter</source>
        <translation>Recuperar  Intro</translation>
    </message>
    <message>
        <source>Close  Esc</source>
        <translation>Cerrar  Esc</translation>
    </message>
    <message>
        <source>Voided: {name}</source>
        <translation>Anulado: {name}</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Descuento en la línea</translation>
    </message>
    <message>
        <source>Discount on {name}.</source>
        <translation>Descuento en {name}.</translation>
    </message>
    <message>
        <source>Discount removed from {name}.</source>
        <translation>Descuento quitado de {name}.</translation>
    </message>
    <message>
        <source>Price of {name} now {amount} ({reason}).</source>
        <translation>Precio de {name} ahora {amount} ({reason}).</translation>
    </message>
    <message>
        <source>Discount on the whole sale</source>
        <translation>Descuento en toda la venta</translation>
    </message>
    <message>
        <source>Sale discount given.</source>
        <translation>Descuento de la venta aplicado.</translation>
    </message>
    <message>
        <source>Sale discount removed.</source>
        <translation>Descuento de la venta quitado.</translation>
    </message>
    <message>
        <source>The sale is for {name}: find another</source>
        <translation>La venta es para {name}: busque otro</translation>
    </message>
    <message>
        <source>Find the customer of this sale</source>
        <translation>Busque al cliente de esta venta</translation>
    </message>
    <message>
        <source>No customer  {key_text}</source>
        <translation>Sin cliente  {key_text}</translation>
    </message>
    <message>
        <source>Cancel this sale ({lines}, {total})?</source>
        <translation>¿Anular esta venta ({lines}, {total})?</translation>
    </message>
    <message>
        <source>Cancel the sale  {key_text}</source>
        <translation>Anular la venta  {key_text}</translation>
    </message>
    <message>
        <source>Sale cancelled.</source>
        <translation>Venta anulada.</translation>
    </message>
    <message>
        <source>The sale open when the till stopped is back: {lines}, {amount}.</source>
        <translation>Ha vuelto la venta que estaba abierta cuando se paró la caja: {lines}, {amount}.</translation>
    </message>
    <message>
        <source>{amount} is paid already: F12 to finish the payment (or to remove the tender).</source>
        <translation>Ya hay {amount} pagado: F12 para terminar el cobro (o para quitar el pago).</translation>
    </message>
    <message>
        <source>Last sale {receipt_no}: paid</source>
        <translation>Última venta {receipt_no}: pagada</translation>
    </message>
    <message>
        <source>Select a line first (Up/Down).</source>
        <translation>Seleccione antes una línea (Arriba/Abajo).</translation>
    </message>
    <message>
        <source>Scanned {code}: it is added to the sale once the float is counted.</source>
        <translation>Escaneado {code}: se añade a la venta en cuanto se cuente el fondo de caja.</translation>
    </message>
    <message>
        <source>Scan of {code} ignored: finish &quot;{dialog}&quot; first.</source>
        <translation>Lectura de {code} ignorada: termine antes «{dialog}».</translation>
    </message>
    <message>
        <source>Large quantity</source>
        <translation>Cantidad grande</translation>
    </message>
    <message>
        <source>Sell {qty} of {what}? That is more than {limit} at once.</source>
        <translation>¿Vender {qty} de {what}? Son más de {limit} de una vez.</translation>
    </message>
    <message>
        <source>Sell {qty}  {key}</source>
        <translation>Vender {qty}  {key}</translation>
    </message>
    <message>
        <source>Not added: {qty} of {what}.</source>
        <translation>No añadido: {qty} de {what}.</translation>
    </message>
    <message>
        <source>Not sold: every sale needs an open shift. Scan again to count the float, or open one with F7.</source>
        <translation>No vendido: cada venta necesita un turno abierto. Vuelva a escanear para contar el fondo de caja, o abra uno con F7.</translation>
    </message>
    <message>
        <source>{message} (code read: {code})</source>
        <translation>{message} (código leído: {code})</translation>
    </message>
    <message>
        <source>Not added: {message}</source>
        <translation>No añadido: {message}</translation>
    </message>
    <message>
        <source>{count} found (first 50)</source>
        <translation>{count} encontrados (los 50 primeros)</translation>
    </message>
    <message>
        <source>No match as typed — {found} for “{read_as}”</source>
        <translation>Nada tal como se escribió — {found} para «{read_as}»</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se ha encontrado nada</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>La búsqueda ha fallado</translation>
    </message>
    <message>
        <source>Find a product</source>
        <translation>Buscar un producto</translation>
    </message>
    <message>
        <source>Type words of the name, brand or SKU</source>
        <translation>Escriba palabras del nombre, la marca o el SKU</translation>
    </message>
    <message>
        <source>This till has no Stock screen.</source>
        <translation>Esta caja no tiene pantalla de existencias.</translation>
    </message>
    <message>
        <source>Device settings saved. Receipts now go to {uri}.</source>
        <translation>Ajustes de dispositivos guardados. Ahora los tickets van a {uri}.</translation>
    </message>
    <message>
        <source>Device settings saved. No receipt printer is set up.</source>
        <translation>Ajustes de dispositivos guardados. No hay ninguna impresora de tickets configurada.</translation>
    </message>
    <message>
        <source>Scan or type a barcode or SKU, then Enter</source>
        <translation>Escanee o escriba un código o SKU, luego Intro</translation>
    </message>
    <message>
        <source>Search
F2</source>
        <translation>Buscar
F2</translation>
    </message>
    <message>
        <source>Quantity
F4</source>
        <translation>Cantidad
F4</translation>
    </message>
    <message>
        <source>Void line
Del</source>
        <translation>Anular línea
Supr</translation>
    </message>
    <message>
        <source>Line discount
F5</source>
        <translation>Dto. línea
F5</translation>
    </message>
    <message>
        <source>Sale discount
F6</source>
        <translation>Dto. venta
F6</translation>
    </message>
    <message>
        <source>Change price
F8</source>
        <translation>Precio
F8</translation>
    </message>
    <message>
        <source>Park sale</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Resume sale</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Reprint
receipt</source>
        <translation>Reimprimir
ticket</translation>
    </message>
    <message>
        <source>Devices
F3</source>
        <translation>Dispositivos
F3</translation>
    </message>
    <message>
        <source>Clear
Esc</source>
        <translation>Borrar
Esc</translation>
    </message>
    <message>
        <source>Open price
Ctrl+O</source>
        <translation>Precio libre
Ctrl+O</translation>
    </message>
    <message>
        <source>Customer
Ctrl+M</source>
        <translation>Cliente
Ctrl+M</translation>
    </message>
    <message>
        <source>Pay  F12</source>
        <translation>Cobrar  F12</translation>
    </message>
    <message>
        <source>The sale is for {name}</source>
        <translation>La venta es para {name}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Current sale</source>
        <translation>Venta actual</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>incl. tax</source>
        <translation>IVA incl.</translation>
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
    <name>Setup</name>
    <message>
        <source>Store settings</source>
        <translation>Ajustes de la tienda</translation>
    </message>
    <message>
        <source>Changes are journalled with who made them. Printer and scanner: F3.</source>
        <translation>Los cambios quedan registrados con quién los hizo. Impresora y escáner: F3.</translation>
    </message>
    <message>
        <source>Save  F12</source>
        <translation>Guardar  F12</translation>
    </message>
    <message>
        <source>Scan of {code} ignored on the settings screen (Alt+1 sells).</source>
        <translation>Lectura de {code} ignorada en la pantalla de ajustes (Alt+1 vende).</translation>
    </message>
    <message>
        <source>Saved: {names}.</source>
        <translation>Guardado: {names}.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Problem: {exc}</source>
        <translation>Problema: {exc}</translation>
    </message>
    <message>
        <source>e.g. S001 (letters and digits)</source>
        <translation>p. ej. S001 (letras y cifras)</translation>
    </message>
    <message>
        <source>printed at the top of every receipt</source>
        <translation>se imprime en la cabecera de cada ticket</translation>
    </message>
    <message>
        <source>ISO code: USD, EUR, GBP …</source>
        <translation>código ISO: EUR, USD, GBP …</translation>
    </message>
    <message>
        <source>exclusive: tax is added at the till (sales tax)</source>
        <translation>sin impuestos: el impuesto se suma en la caja (sales tax)</translation>
    </message>
    <message>
        <source>inclusive: shelf prices include tax (VAT)</source>
        <translation>con impuestos: los precios del estante incluyen el impuesto (IVA)</translation>
    </message>
    <message>
        <source>standard=8.25%, reduced=2%</source>
        <translation>general=21%, reducido=10%</translation>
    </message>
    <message>
        <source>per line (each line&apos;s tax rounded)</source>
        <translation>por línea (se redondea el impuesto de cada línea)</translation>
    </message>
    <message>
        <source>per document (the sale&apos;s tax rounded once)</source>
        <translation>por documento (el impuesto de la venta se redondea una vez)</translation>
    </message>
    <message>
        <source>e.g. 0.05; empty: cash is not rounded</source>
        <translation>p. ej. 0.05; vacío: el efectivo no se redondea</translation>
    </message>
    <message>
        <source>Store code</source>
        <translation>Código de tienda</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Tax classes</source>
        <translation>Tipos de impuesto</translation>
    </message>
    <message>
        <source>Tax rounding</source>
        <translation>Redondeo del impuesto</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Redondeo del efectivo</translation>
    </message>
    <message>
        <source>address, phone, tax number …</source>
        <translation>dirección, teléfono, NIF …</translation>
    </message>
    <message>
        <source>Thank you! Returns within 30 days</source>
        <translation>¡Gracias! Devoluciones en 30 días</translation>
    </message>
    <message>
        <source>Receipt header</source>
        <translation>Cabecera del ticket</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Pie del ticket</translation>
    </message>
    <message>
        <source>give at least one tax class, e.g. standard=8.25%</source>
        <translation>indique al menos un tipo de impuesto, p. ej. general=21%</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>{code} {name} · Till {till}</source>
        <translation>{code} {name} · Caja {till}</translation>
    </message>
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
        <source>{screen}   Alt+{number}</source>
        <translation>{screen} Alt+{number}</translation>
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
    <name>Stock</name>
    <message>
        <source>Order for the customer</source>
        <translation>Pedido para el cliente</translation>
    </message>
    <message>
        <source>Order {name}</source>
        <translation>Pedir {name}</translation>
    </message>
    <message>
        <source>, {distance_km:.0f} km</source>
        <translation>, {distance_km:.0f} km</translation>
    </message>
    <message>
        <source>Collect at {code} {name} ({qty} available{far})</source>
        <translation>Recoger en {code} {name} ({qty} disponibles{far})</translation>
    </message>
    <message>
        <source>Deliver to the customer&apos;s address</source>
        <translation>Entregar en la dirección del cliente</translation>
    </message>
    <message>
        <source>street and number (a delivery)</source>
        <translation>calle y número (una entrega)</translation>
    </message>
    <message>
        <source>two letters, e.g. US</source>
        <translation>dos letras, p. ej. ES</translation>
    </message>
    <message>
        <source>Pay now, in full</source>
        <translation>Pagar ahora, completo</translation>
    </message>
    <message>
        <source>Deposit now, the balance when collecting</source>
        <translation>Anticipo ahora, el resto al recoger</translation>
    </message>
    <message>
        <source>Pay when collecting</source>
        <translation>Pagar al recoger</translation>
    </message>
    <message>
        <source>deposit: empty is {default_percent}% (at least {minimum_percent}%)</source>
        <translation>anticipo: vacío es el {default_percent}% (al menos el {minimum_percent}%)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
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
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>The order goes to the hub with the next sync; the receipt of the payment is the customer&apos;s proof.</source>
        <translation>El pedido va al hub con la próxima sincronización; el ticket del pago es el justificante del cliente.</translation>
    </message>
    <message>
        <source>a delivery is paid now, in full</source>
        <translation>una entrega se paga ahora, completa</translation>
    </message>
    <message>
        <source>Order for {customer_name}: {what} {total}</source>
        <translation>Pedido para {customer_name}: {what} {total}</translation>
    </message>
    <message>
        <source>to pay when collecting</source>
        <translation>a pagar al recoger</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>deposit {amount} paid, the balance of {amount2} when collecting</source>
        <translation>anticipo de {amount} pagado, el resto de {amount2} al recoger</translation>
    </message>
    <message>
        <source>Order {number} for {customer_name}: {where}, {paid}. It goes to the hub with the next sync.</source>
        <translation>Pedido {number} para {customer_name}: {where}, {paid}. Va al hub con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Deliveries  F12</source>
        <translation>Entregas  F12</translation>
    </message>
    <message>
        <source>Open  F12</source>
        <translation>Abrir  F12</translation>
    </message>
    <message>
        <source>Book in  F12</source>
        <translation>Dar entrada  F12</translation>
    </message>
    <message>
        <source>Scan an item (or type its SKU or barcode), then Enter</source>
        <translation>Escanee un artículo (o escriba su SKU o código de barras) y pulse Intro</translation>
    </message>
    <message>
        <source>Enter opens the selected delivery</source>
        <translation>Intro abre la entrega seleccionada</translation>
    </message>
    <message>
        <source>Scan each item of the delivery</source>
        <translation>Escanee cada artículo de la entrega</translation>
    </message>
    <message>
        <source>Stock look-up</source>
        <translation>Consulta de existencias</translation>
    </message>
    <message>
        <source>Deliveries to receive: Enter opens the selected one</source>
        <translation>Entregas por recibir: Intro abre la seleccionada</translation>
    </message>
    <message>
        <source>No delivery is expected.</source>
        <translation>No se espera ninguna entrega.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>not from the hub yet</source>
        <translation>aún no llega del hub</translation>
    </message>
    <message>
        <source>Other stores (nearest first)</source>
        <translation>Otras tiendas (primero las más cercanas)</translation>
    </message>
    <message>
        <source>Other stores: nothing heard from the hub about this item yet</source>
        <translation>Otras tiendas: el hub aún no ha dicho nada de este artículo</translation>
    </message>
    <message>
        <source>Look an item up first (scan it).</source>
        <translation>Consulte primero un artículo (escanéelo).</translation>
    </message>
    <message>
        <source>{name}: {qty} {reason}, on hand now {on_hand}.</source>
        <translation>{name}: {qty} {reason}, existencias ahora {on_hand}.</translation>
    </message>
    <message>
        <source>Receiving {number} from {source}: {lines}, {discrepancies} over or short</source>
        <translation>Recibiendo {number} de {source}: {lines}, {discrepancies} con sobrantes o faltantes</translation>
    </message>
    <message>
        <source>Delivery {number} booked in: {lines}, {discrepancies} over or short reported to the hub.</source>
        <translation>Entrega {number} con entrada: {lines}, {discrepancies} sobrantes o faltantes comunicados al hub.</translation>
    </message>
    <message>
        <source>. Scan each item; F12 books it in.</source>
        <translation>. Escanee cada artículo; F12 le da entrada.</translation>
    </message>
    <message>
        <source>Unknown code {code}: kept and reported with the delivery.</source>
        <translation>Código desconocido {code}: se guarda y se informa con la entrega.</translation>
    </message>
    <message>
        <source>{name}: more than expected ({qty} of {qty2}).</source>
        <translation>{name}: más de lo esperado ({qty} de {qty2}).</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Ajustar existencias</translation>
    </message>
    <message>
        <source>Adjust stock of {name}</source>
        <translation>Ajustar las existencias de {name}</translation>
    </message>
    <message>
        <source>On hand now: {qty}</source>
        <translation>Existencias ahora: {qty}</translation>
    </message>
    <message>
        <source>what happened; from or to where for a transfer</source>
        <translation>qué ha pasado; de dónde o adónde, si es un traspaso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>quantity: type a number</source>
        <translation>cantidad: escriba un número</translation>
    </message>
    <message>
        <source>quantity: more than 0</source>
        <translation>cantidad: más de 0</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Reserved for pickups</source>
        <translation>Reservado para recogidas</translation>
    </message>
    <message>
        <source>Available here</source>
        <translation>Disponible aquí</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Last counted</source>
        <translation>Último recuento</translation>
    </message>
    <message>
        <source>Hub&apos;s figure as of</source>
        <translation>Dato del hub a fecha de</translation>
    </message>
    <message>
        <source>Other stores</source>
        <translation>Otras tiendas</translation>
    </message>
    <message>
        <source>Scan an item, or type its SKU or barcode and press Enter, to see its stock here and at the other stores.</source>
        <translation>Escanee un artículo, o escriba su SKU o código de barras y pulse Intro, para ver sus existencias aquí y en las otras tiendas.</translation>
    </message>
    <message>
        <source>Find item
F2</source>
        <translation>Buscar artículo
F2</translation>
    </message>
    <message>
        <source>Adjust
F4</source>
        <translation>Ajustar
F4</translation>
    </message>
    <message>
        <source>Receive
F5</source>
        <translation>Recibir
F5</translation>
    </message>
    <message>
        <source>Order for customer
F8</source>
        <translation>Pedido para cliente
F8</translation>
    </message>
    <message>
        <source>Back
Esc</source>
        <translation>Volver
Esc</translation>
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
<context>
    <name>Sync</name>
    <message>
        <source>This till has no store yet. To enroll it with your OmniPOS hub, enter the hub&apos;s address and a one-time code from an administrator (&lt;code&gt;omnipos-hub enroll-code STORE&lt;/code&gt;, valid 15 minutes).</source>
        <translation>Esta caja aún no tiene tienda. Para registrarla en su hub de OmniPOS, introduzca la dirección del hub y un código de un solo uso que le dé un administrador (&lt;code&gt;omnipos-hub enroll-code STORE&lt;/code&gt;, válido 15 minutos).</translation>
    </message>
    <message>
        <source>The hub no longer accepts this till&apos;s token (it was revoked or replaced). Enter a new one-time code from an administrator (&lt;code&gt;omnipos-hub enroll-code STORE&lt;/code&gt;): the till keeps its number, its sales and its queue.</source>
        <translation>El hub ya no acepta el token de esta caja (se revocó o se sustituyó). Introduzca un nuevo código de un solo uso de un administrador (&lt;code&gt;omnipos-hub enroll-code STORE&lt;/code&gt;): la caja conserva su número, sus ventas y su cola.</translation>
    </message>
    <message>
        <source>No hub? Close this window and run &lt;code&gt;omnipos setup&lt;/code&gt; to set up a standalone store, or &lt;code&gt;omnipos --demo&lt;/code&gt; to try the demo store.</source>
        <translation>¿Sin hub? Cierre esta ventana y ejecute &lt;code&gt;omnipos setup&lt;/code&gt; para configurar una tienda independiente, o &lt;code&gt;omnipos --demo&lt;/code&gt; para probar la tienda de demostración.</translation>
    </message>
    <message>
        <source>Enroll this till</source>
        <translation>Registrar esta caja</translation>
    </message>
    <message>
        <source>Enroll this till again</source>
        <translation>Registrar de nuevo esta caja</translation>
    </message>
    <message>
        <source>Enroll this till with a hub</source>
        <translation>Registrar esta caja en un hub</translation>
    </message>
    <message>
        <source>http://hub.example:8700</source>
        <translation>http://hub.example:8700</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>código de un solo uso</translation>
    </message>
    <message>
        <source>optional, e.g. Till by the door</source>
        <translation>opcional, p. ej. Caja de la entrada</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, starting with http:// or https://</source>
        <translation>Introduzca la dirección del hub, empezando por http:// o https://</translation>
    </message>
    <message>
        <source>Enter the one-time enrollment code.</source>
        <translation>Introduzca el código de registro de un solo uso.</translation>
    </message>
    <message>
        <source>Enrolling with {hub_url}…</source>
        <translation>Registrando en {hub_url}…</translation>
    </message>
    <message>
        <source>Enrollment failed: {exc}</source>
        <translation>El registro ha fallado: {exc}</translation>
    </message>
    <message>
        <source>Sync is not running on this till.</source>
        <translation>La sincronización no está funcionando en esta caja.</translation>
    </message>
    <message>
        <source>Scan of {code} not used here: Alt+1 goes back to Sell.</source>
        <translation>Lectura de {code} no usada aquí: Alt+1 vuelve a Venta.</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <extracomment>The hub is missing events of this till (None: it is not). What keeps this till&apos;s secrets less safe: (a few words, the full sentence) each. The hub showed another certificate than the pinned one (or an untrusted one).</extracomment>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>{state}
Click, Alt+8 or F10 for the Sync screen.</source>
        <translation>{state}
Clic, Alt+8 o F10 para la pantalla de sincronización.</translation>
    </message>
    <message>
        <source>Connecting to the hub</source>
        <translation>Conectando con el hub</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sincronización desactivada</translation>
    </message>
    <message>
        <source>This till is not enrolled with a hub; sales stay on this till.
Enroll with &apos;omnipos enroll --hub URL --code CODE&apos;.</source>
        <translation>Esta caja no está registrada en ningún hub; las ventas se quedan en esta caja.
Regístrela con &apos;omnipos enroll --hub URL --code CODE&apos;.</translation>
    </message>
    <message>
        <source>Certificate changed</source>
        <translation>Certificado cambiado</translation>
    </message>
    <message>
        <source>Enroll again</source>
        <translation>Registrar de nuevo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} pendientes</translation>
    </message>
    <message>
        <source> · oldest {age_text}</source>
        <translation> · el más antiguo {age_text}</translation>
    </message>
    <message>
        <source> · {quarantined} quarantined</source>
        <translation> · {quarantined} en cuarentena</translation>
    </message>
    <message>
        <source> · events missing at the hub</source>
        <translation> · faltan eventos en el hub</translation>
    </message>
    <message>
        <source>Hub: {hub_url}</source>
        <translation>Hub: {hub_url}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Last error: {last_error}</source>
        <translation>Último error: {last_error}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Aviso: {warning}</translation>
    </message>
    <message>
        <source>Warning: {detail}</source>
        <translation>Aviso: {detail}</translation>
    </message>
    <message>
        <source>Click, Alt+8 or F10 for the Sync screen.</source>
        <translation>Clic, Alt+8 o F10 para la pantalla de sincronización.</translation>
    </message>
    <message>
        <source>Sync did not start: {message}</source>
        <translation>La sincronización no ha arrancado: {message}</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sync with the hub</source>
        <translation>Sincronización con el hub</translation>
    </message>
    <message>
        <source>Nothing is waiting: every event reached the hub.</source>
        <translation>No hay nada pendiente: todos los eventos han llegado al hub.</translation>
    </message>
    <message>
        <source>Retry selected</source>
        <translation>Reintentar los seleccionados</translation>
    </message>
    <message>
        <source>Retry all quarantined</source>
        <translation>Reintentar todos los de cuarentena</translation>
    </message>
    <message>
        <source>Enroll again…</source>
        <translation>Registrar de nuevo…</translation>
    </message>
    <message>
        <source>Sync now  F12</source>
        <translation>Sincronizar ahora  F12</translation>
    </message>
    <message>
        <source>Back to Sell  Esc</source>
        <translation>Volver a Venta  Esc</translation>
    </message>
    <message>
        <source> (oldest {age_text})</source>
        <translation> (el más antiguo {age_text})</translation>
    </message>
    <message>
        <source>{count} quarantined</source>
        <translation>{count} en cuarentena</translation>
    </message>
    <message>
        <source>showing the first {shown}</source>
        <translation>se muestran los primeros {shown}</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>What does the store sell? Import its catalog from a CSV file (sku,name,gtin,price,tax_class (brand, category and sold_by may follow); one product a line, several barcodes separated by |), or start with a few sample products to try the till and import the catalog later.</source>
        <translation>¿Qué vende la tienda? Importe su catálogo desde un archivo CSV (sku,name,gtin,price,tax_class (pueden seguir brand, category y sold_by); un producto por línea, varios códigos de barras separados por |), o empiece con unos productos de ejemplo para probar la caja e importe el catálogo más tarde.</translation>
    </message>
    <message>
        <source>the CSV file, e.g. /home/store/products.csv</source>
        <translation>el archivo CSV, p. ej. /home/tienda/productos.csv</translation>
    </message>
    <message>
        <source>Choose a file  F4</source>
        <translation>Elegir un archivo  F4</translation>
    </message>
    <message>
        <source>Sample products  F5</source>
        <translation>Productos de ejemplo  F5</translation>
    </message>
    <message>
        <source>Type the CSV file&apos;s path (F4 chooses it), F5 adds sample products, F8 skips: the catalog can be imported later (omnipos catalog import).</source>
        <translation>Escriba la ruta del archivo CSV (F4 lo elige), F5 añade productos de ejemplo, F8 salta este paso: el catálogo se puede importar más tarde (omnipos catalog import).</translation>
    </message>
    <message>
        <source>The catalog&apos;s CSV file</source>
        <translation>El archivo CSV del catálogo</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Type the CSV file&apos;s path, or press F4 to choose it.</source>
        <translation>Escriba la ruta del archivo CSV, o pulse F4 para elegirlo.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Adding the sample products…</source>
        <translation>Añadiendo los productos de ejemplo…</translation>
    </message>
    <message>
        <source>Problem: {error}</source>
        <translation>Problema: {error}</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aún ninguna)</translation>
    </message>
    <message>
        <source>Save the store  F12</source>
        <translation>Guardar la tienda  F12</translation>
    </message>
    <message>
        <source>Printer settings  F12</source>
        <translation>Ajustes de la impresora  F12</translation>
    </message>
    <message>
        <source>Enroll  F12</source>
        <translation>Registrar  F12</translation>
    </message>
    <message>
        <source>Start selling  F12</source>
        <translation>Empezar a vender  F12</translation>
    </message>
    <message>
        <source>Close OmniPOS  F12</source>
        <translation>Cerrar OmniPOS  F12</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address, starting with http:// or https://</source>
        <translation>Escriba la dirección del hub, empezando por http:// o https://</translation>
    </message>
    <message>
        <source>Enter the one-time enrollment code.</source>
        <translation>Escriba el código de registro de un solo uso.</translation>
    </message>
    <message>
        <source>Asking the hub at {hub_url}…</source>
        <translation>Consultando al hub en {hub_url}…</translation>
    </message>
    <message>
        <source>The hub answered: this till is {till} of store {store}. It sent {changes} changes (catalog, prices, staff, settings).</source>
        <translation>El hub ha respondido: esta caja es la {till} de la tienda {store}. Ha enviado {changes} cambios (catálogo, precios, personal, ajustes).</translation>
    </message>
    <message>
        <source>enrolled with {hub_url} as till {till}</source>
        <translation>registrada en {hub_url} como caja {till}</translation>
    </message>
    <message>
        <source>enrollment failed: {error}</source>
        <translation>el registro ha fallado: {error}</translation>
    </message>
    <message>
        <source>The hub did not enroll this till: {reason}</source>
        <translation>El hub no ha registrado esta caja: {reason}</translation>
    </message>
    <message>
        <source>Saving the store…</source>
        <translation>Guardando la tienda…</translation>
    </message>
    <message>
        <source>standalone store {code} {name}</source>
        <translation>en la tienda independiente {code} {name}</translation>
    </message>
    <message>
        <source>Receipts: written to the file {path}, as a printer would get them (F3 sets a printer later).</source>
        <translation>Tickets: se escriben en el archivo {path}, tal como los recibiría una impresora (F3 configura una impresora más tarde).</translation>
    </message>
    <message>
        <source>Printer: {uri} ({model})</source>
        <translation>Impresora: {uri} ({model})</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>modelo por defecto</translation>
    </message>
    <message>
        <source>No printer set yet.</source>
        <translation>Aún no hay impresora configurada.</translation>
    </message>
    <message>
        <source>The printer can be set once the till has a store (F8 skips).</source>
        <translation>La impresora se configura cuando la caja tenga una tienda (F8 salta este paso).</translation>
    </message>
    <message>
        <source>Saving the printer…</source>
        <translation>Guardando la impresora…</translation>
    </message>
    <message>
        <source>Read {code}: not a code the till can use ({error}).</source>
        <translation>Leído {code}: no es un código que la caja pueda usar ({error}).</translation>
    </message>
    <message>
        <source>a product code, check digit correct</source>
        <translation>un código de producto, dígito de control correcto</translation>
    </message>
    <message>
        <source>read, but not a product code (no GTIN)</source>
        <translation>leído, pero no es un código de producto (sin GTIN)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Read {code}: {symbology}; {kind}. The scanner works.</source>
        <translation>Leído {code}: {symbology}; {kind}. El escáner funciona.</translation>
    </message>
    <message>
        <source>This till has no store yet, so it cannot sell. Esc goes back to connect it to a hub or set up a store; F12 closes OmniPOS (the next start asks again).</source>
        <translation>Esta caja aún no tiene tienda, así que no puede vender. Esc vuelve atrás para conectarla a un hub o configurar una tienda; F12 cierra OmniPOS (el próximo arranque lo vuelve a preguntar).</translation>
    </message>
    <message>
        <source>This till is {how}.</source>
        <translation>Esta caja está {how}.</translation>
    </message>
    <message>
        <source>Products: {how}.</source>
        <translation>Productos: {how}.</translation>
    </message>
    <message>
        <source>Type {code} and Enter at the Sell screen to sell {name}.</source>
        <translation>Escriba {code} e Intro en la pantalla de Venta para vender {name}.</translation>
    </message>
    <message>
        <source>Products: none yet; import the catalog with &apos;omnipos catalog import FILE.csv&apos;.</source>
        <translation>Productos: aún ninguno; importe el catálogo con &apos;omnipos catalog import ARCHIVO.csv&apos;.</translation>
    </message>
    <message>
        <source>Printer: not set (F3 sets it later).</source>
        <translation>Impresora: sin configurar (F3 la configura más tarde).</translation>
    </message>
    <message>
        <source>Scanner: read {code}.</source>
        <translation>Escáner: leyó {code}.</translation>
    </message>
    <message>
        <source>Scanner: not tested (F3 has a scanner test).</source>
        <translation>Escáner: sin probar (F3 tiene una prueba del escáner).</translation>
    </message>
    <message>
        <source>Change any of it later: the store and the receipt&apos;s header and footer on the Manager screen (Alt+7), the printer and scanner with F3.</source>
        <translation>Todo se puede cambiar más tarde: la tienda y la cabecera y el pie del ticket en la pantalla de Gestión (Alt+7), la impresora y el escáner con F3.</translation>
    </message>
    <message>
        <source>Welcome to OmniPOS</source>
        <translation>Bienvenido a OmniPOS</translation>
    </message>
    <message>
        <source>Connect to a hub</source>
        <translation>Conectar con un hub</translation>
    </message>
    <message>
        <source>Set up a standalone store</source>
        <translation>Configurar una tienda independiente</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de tickets</translation>
    </message>
    <message>
        <source>Barcode scanner</source>
        <translation>Escáner de códigos de barras</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Back  Esc</source>
        <translation>Volver  Esc</translation>
    </message>
    <message>
        <source>Skip  F8</source>
        <translation>Saltar  F8</translation>
    </message>
    <message>
        <source>Next  F12</source>
        <translation>Siguiente  F12</translation>
    </message>
    <message>
        <source>This till has no store yet. Is it part of a chain (or a store) that runs an OmniPOS hub, or a store on its own?</source>
        <translation>Esta caja aún no tiene tienda. ¿Forma parte de una cadena (o de una tienda) con un hub de OmniPOS, o es una tienda independiente?</translation>
    </message>
    <message>
        <source>Connect to a hub  F2</source>
        <translation>Conectar con un hub  F2</translation>
    </message>
    <message>
        <source>Standalone store  F3</source>
        <translation>Tienda independiente  F3</translation>
    </message>
    <message>
        <source>The hub sends the store, its catalog, prices and staff; sales go back to it.</source>
        <translation>El hub envía la tienda, su catálogo, precios y personal; las ventas vuelven a él.</translation>
    </message>
    <message>
        <source>Type the store&apos;s name, currency and tax rates here, then import its catalog from a CSV file.</source>
        <translation>Escriba aquí el nombre de la tienda, su moneda y sus tipos de impuesto, y luego importe su catálogo desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address and a one-time code from its administrator (omnipos-hub enroll-code STORE, valid 15 minutes).</source>
        <translation>Escriba la dirección del hub y un código de un solo uso de su administrador (omnipos-hub enroll-code TIENDA, válido 15 minutos).</translation>
    </message>
    <message>
        <source>http://hub.example:8700</source>
        <translation>http://hub.ejemplo:8700</translation>
    </message>
    <message>
        <source>one-time code</source>
        <translation>código de un solo uso</translation>
    </message>
    <message>
        <source>optional, e.g. Till by the door</source>
        <translation>opcional, p. ej. Caja de la entrada</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Dirección del hub</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>Till name</source>
        <translation>Nombre de la caja</translation>
    </message>
    <message>
        <source>Give the receipt printer&apos;s address and model, then print a test page (F12 opens the printer settings). A till without a printer sells too; receipts can be reprinted later.</source>
        <translation>Indique la dirección y el modelo de la impresora de tickets y luego imprima una página de prueba (F12 abre los ajustes de la impresora). Una caja sin impresora también vende; los tickets se pueden reimprimir más tarde.</translation>
    </message>
    <message>
        <source>No printer yet: receipts to a file  F5</source>
        <translation>Aún sin impresora: tickets a un archivo  F5</translation>
    </message>
    <message>
        <source>Scan any barcode with the scanner now (a product, a coupon, anything): the till shows what it read.</source>
        <translation>Escanee ahora cualquier código de barras con el escáner (un producto, un cupón, lo que sea): la caja muestra lo que ha leído.</translation>
    </message>
    <message>
        <source>scan here (or type a code and press Enter)</source>
        <translation>escanee aquí (o escriba un código y pulse Intro)</translation>
    </message>
    <message>
        <source>Waiting for a scan…</source>
        <translation>Esperando un escaneo…</translation>
    </message>
    <message>
        <source>First start · step {number} of {of}</source>
        <translation>Primer arranque · paso {number} de {of}</translation>
    </message>
    <message>
        <source>First start</source>
        <translation>Primer arranque</translation>
    </message>
</context>
</TS>
