// itwin-mesh view: a 3D Tiles tileset in three.js with orbit controls, the camera fitted to the
// root bounding volume. Everything ships in this bundle: no CDN, no base map, works offline.

import {
	AmbientLight, Color, DirectionalLight, DoubleSide, PerspectiveCamera, Scene, Sphere, Vector3,
	WebGLRenderer,
} from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js';
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js';
import { TilesRenderer } from '3d-tiles-renderer/three';
import { ImplicitTilingPlugin } from '3d-tiles-renderer/core/plugins';
import {
	DebugTilesPlugin, GLTFExtensionsPlugin, ReorientationPlugin,
} from '3d-tiles-renderer/three/plugins';
import { createPanel } from './panel.js';

const ASSETS = new URL( './', import.meta.url );
const panel = createPanel();
window.itwinView = panel.state; // read by the browser tests and handy in the console

window.addEventListener( 'error', ( e ) => panel.addError( String( e.message ) ) );
window.addEventListener( 'unhandledrejection', ( e ) => panel.addError( String( e.reason ) ) );

async function readInfo() {
	// The server describes what it serves; a plain static host has no info: use the defaults.
	try {
		const response = await fetch( new URL( 'info.json', ASSETS ), { cache: 'no-store' } );
		if ( response.ok ) return await response.json();
	} catch ( _error ) { /* not served by itwin-mesh view */ }
	return {};
}

function start( info ) {
	const params = new URLSearchParams( location.search );
	const tilesetUrl = new URL( params.get( 'tileset' ) || info.tileset || 'tileset.json', location.href );
	panel.setName( info.name || tilesetUrl.pathname, info.mode || 'static' );

	const container = document.getElementById( 'scene' );
	const renderer = new WebGLRenderer( { antialias: true } );
	renderer.setPixelRatio( window.devicePixelRatio );
	container.appendChild( renderer.domElement );

	const scene = new Scene();
	scene.background = new Color( 0x1d2329 );
	const camera = new PerspectiveCamera( 50, 1, 0.1, 1e7 );
	scene.add( camera, new AmbientLight( 0xffffff, 1.2 ) );
	const sun = new DirectionalLight( 0xffffff, 2.0 );
	sun.position.set( 1, 2, 3 );
	camera.add( sun );
	const controls = new OrbitControls( camera, renderer.domElement );
	controls.enableDamping = true;

	const tiles = new TilesRenderer( tilesetUrl.href );
	tiles.registerPlugin( new RootFolderPlugin() );
	tiles.registerPlugin( new ImplicitTilingPlugin() );
	tiles.registerPlugin( new GLTFExtensionsPlugin( {
		dracoLoader: new DRACOLoader().setDecoderPath( {
			js: new URL( 'draco/draco_wasm_wrapper.js', ASSETS ).href,
			wasm: new URL( 'draco/draco_decoder.wasm', ASSETS ).href,
		} ),
		meshoptDecoder: MeshoptDecoder,
	} ) );
	tiles.registerPlugin( new ReorientationPlugin( { recenter: true } ) );
	tiles.setCamera( camera );
	scene.add( tiles.group );

	tiles.addEventListener( 'load-root-tileset', () => fitCamera( tiles, camera, controls ) );
	tiles.addEventListener( 'load-model', ( { scene: model } ) => {
		panel.tileLoaded();
		// Thin shells and single triangles must show from both sides.
		model.traverse( ( child ) => {
			if ( child.material ) child.material.side = DoubleSide;
		} );
	} );
	tiles.addEventListener( 'load-error', ( { error, url } ) => {
		panel.addError( `${ shortUrl( url ) }: ${ error && error.message ? error.message : error }` );
	} );

	const debug = debugView( tiles );
	bindToggle( 'bounds', params.get( 'bounds' ) === '1', ( on ) => debug.set( { bounds: on } ) );
	bindToggle( 'colors', params.get( 'colors' ) === '1', ( on ) => debug.set( { colors: on } ) );

	const resize = () => {
		const { clientWidth: w, clientHeight: h } = container;
		renderer.setSize( w, h );
		camera.aspect = w / Math.max( h, 1 );
		camera.updateProjectionMatrix();
		tiles.setResolutionFromRenderer( camera, renderer );
	};
	window.addEventListener( 'resize', resize );
	resize();

	renderer.setAnimationLoop( () => {
		controls.update();
		camera.updateMatrixWorld();
		tiles.update();
		renderer.render( scene, camera );
	} );

	// For the console and the browser tests: the renderer, camera and controls.
	window.itwinViewer = { tiles, camera, controls };
	if ( info.mode === 'live' ) pollNotice();
	panel.state.ready = true;
}

function fitCamera( tiles, camera, controls ) {
	// The root bounding volume (box, sphere or region), in the reoriented, recentred frame.
	const sphere = new Sphere();
	if ( ! tiles.getBoundingSphere( sphere ) ) return;
	tiles.group.updateMatrixWorld( true );
	sphere.applyMatrix4( tiles.group.matrixWorld );
	const radius = Math.max( sphere.radius, 1e-3 );
	const distance = radius / Math.sin( ( camera.fov * Math.PI ) / 360 );
	const direction = new Vector3( 1, 0.8, 1.2 ).normalize();
	camera.position.copy( sphere.center ).addScaledVector( direction, distance );
	camera.near = distance / 1000;
	camera.far = distance * 100;
	camera.updateProjectionMatrix();
	controls.target.copy( sphere.center );
	controls.maxDistance = distance * 20;
	controls.update();
}

class RootFolderPlugin {
	// The renderer resolves the references of a tileset at a server's root against
	// "http://host//": one slash after the origin is the right path.
	constructor() {
		this.name = 'ROOT_FOLDER_PLUGIN';
	}
	preprocessURL( url ) {
		return String( url ).replace( /^([a-z][a-z0-9+.-]*:\/\/[^/?#]+)\/\/+/i, '$1/' );
	}
}

function debugView( tiles ) {
	// Registered only while in use: the plugin expects to be enabled whenever it is registered.
	const wanted = { bounds: false, colors: false };
	let plugin = null;
	return {
		set( change ) {
			Object.assign( wanted, change );
			if ( plugin ) tiles.unregisterPlugin( plugin );
			plugin = null;
			if ( ! wanted.bounds && ! wanted.colors ) return;
			plugin = new DebugTilesPlugin( {
				displayBoxBounds: wanted.bounds,
				displaySphereBounds: false,
				displayRegionBounds: wanted.bounds,
				colorMode: wanted.colors ? DebugTilesPlugin.ColorModes.RANDOM_NODE_COLOR : 0,
			} );
			tiles.registerPlugin( plugin );
		},
	};
}

function bindToggle( id, initial, apply ) {
	const box = document.getElementById( id );
	box.checked = initial;
	box.addEventListener( 'change', () => apply( box.checked ) );
	apply( initial );
}

function shortUrl( url ) {
	try {
		const parsed = new URL( String( url ), location.href );
		return parsed.origin === location.origin ? parsed.pathname : `${ parsed.origin }${ parsed.pathname }`;
	} catch ( _error ) {
		return String( url );
	}
}

async function pollNotice() {
	// Live mode: the tile server says when the link cannot be renewed any more.
	for ( ;; ) {
		await new Promise( ( resolve ) => setTimeout( resolve, 5000 ) );
		const info = await readInfo();
		panel.setNotice( info.notice || '' );
	}
}

readInfo().then( start );
